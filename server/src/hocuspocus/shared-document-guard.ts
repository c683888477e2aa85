import type { beforeHandleMessagePayload, Extension } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { TEAM_DOCUMENT_ENTRY, TEAM_DOCUMENT_ROOT, type TeamDocumentKind } from '../../../lib/model/team-documents.ts';
import { parseDocumentName } from './document-names.ts';
import { Refusal } from './refusal.ts';

// Hocuspocus message types and y-protocols sync steps (as in message-guard.ts).
const messageSync = 0;
const messageSyncReply = 4;
const syncStep2 = 1;
const syncUpdate = 2;

/**
 * The team's templates, settings and learning documents have a shape (lib/model/team-documents.ts,
 * the same schemas the extension reads them with). Before Hocuspocus applies a client's update
 * to one of them, the update is applied to a copy: when the copy has a root other than the
 * document's one, or an entry the update touched does not fit its schema, the update is refused
 * whole (the document's connection closes with `invalid-content`, nothing reaches the others or
 * the store). Runs after the message guard, so the update decodes.
 */
export function sharedDocumentGuard(): Extension {
  return {
    extensionName: 'casebook-shared-document-guard',
    async beforeHandleMessage({ documentName, document, update: message }: beforeHandleMessagePayload): Promise<void> {
      const kind = sharedKind(documentName);
      if (!kind) return;
      const update = yjsUpdateOf(message);
      if (!update) return;
      const problem = problemAfter(kind, document, update);
      if (problem) throw new Refusal('invalid-content', problem);
    },
  };
}

function sharedKind(documentName: string): TeamDocumentKind | null {
  const rest = parseDocumentName(documentName)?.rest;
  return rest === 'settings' || rest === 'templates' || rest === 'learning' ? rest : null;
}

/** The Yjs update a sync message carries (step 2 or update), or null for any other message. */
function yjsUpdateOf(message: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type !== messageSync && type !== messageSyncReply) return null;
  const step = decoding.readVarUint(decoder);
  return step === syncStep2 || step === syncUpdate ? decoding.readVarUint8Array(decoder) : null;
}

/** What is wrong with `document` once `update` is applied, or null. Exported for the unit test. */
export function problemAfter(kind: TeamDocumentKind, document: Y.Doc, update: Uint8Array): string | null {
  // Most updates (a new correction, a new template, a setting) stand on their own: checked
  // alone, without copying the document (the learning document grows with every correction).
  const alone = new Y.Doc();
  try {
    Y.applyUpdate(alone, update);
    if (alone.store.pendingStructs === null && alone.store.pendingDs === null) {
      const map = alone.getMap(TEAM_DOCUMENT_ROOT[kind]);
      return problemIn(kind, alone, map, new Set(map.keys()));
    }
  } finally {
    alone.destroy();
  }
  // One that builds on what is there (typing into a template's body): on a copy of the document.
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(document));
    const map = copy.getMap(TEAM_DOCUMENT_ROOT[kind]);
    const touched = new Set<string>();
    map.observeDeep((events) => {
      for (const event of events) {
        if (event.target === map) for (const key of (event as Y.YMapEvent<unknown>).keysChanged) touched.add(key);
        else if (typeof event.path[0] === 'string') touched.add(event.path[0]);
      }
    });
    Y.applyUpdate(copy, update);
    return problemIn(kind, copy, map, touched);
  } finally {
    copy.destroy();
  }
}

function problemIn(kind: TeamDocumentKind, doc: Y.Doc, map: Y.Map<unknown>, keys: Set<string>): string | null {
  const root = TEAM_DOCUMENT_ROOT[kind];
  for (const name of doc.share.keys()) if (name !== root) return `the ${kind} document has only "${root}", not "${name.slice(0, 80)}"`;
  for (const key of keys) {
    if (!map.has(key)) continue; // a deletion is always fine
    const value: unknown = map.get(key);
    const json = value instanceof Y.AbstractType ? value.toJSON() : value;
    const checked = TEAM_DOCUMENT_ENTRY[kind](key, json);
    if (!checked.success) return `${kind} entry "${key.slice(0, 80)}" does not fit: ${String(checked.error).slice(0, 300)}`;
  }
  return null;
}
