import type { beforeHandleMessagePayload, Extension } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { Refusal } from './refusal.ts';

// Hocuspocus message types (@hocuspocus/server MessageType) and y-protocols sync steps.
const messageSync = 0;
const messageAwareness = 1;
const messageSyncReply = 4;
const syncStep1 = 0;
const syncStep2 = 1;
const syncUpdate = 2;

/**
 * Runs before Hocuspocus applies a client's message. A message over the cap, or one whose Yjs
 * update or awareness payload does not decode, throws: Hocuspocus then closes this document's
 * connection with our reason and applies nothing, so no partial update reaches the document,
 * the store or the other clients.
 */
export function messageGuard(maxMessageBytes: number): Extension {
  return {
    extensionName: 'casebook-message-guard',
    async beforeHandleMessage({ update: message }: beforeHandleMessagePayload): Promise<void> {
      if (message.byteLength > maxMessageBytes) {
        throw new Refusal('message-too-large', `${message.byteLength} bytes, the limit is ${maxMessageBytes}`);
      }
      try {
        checkMessage(message);
      } catch (error) {
        if (error instanceof Refusal) throw error;
        throw new Refusal('malformed-message', error instanceof Error ? error.message : String(error));
      }
    },
  };
}

function checkMessage(message: Uint8Array): void {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type === messageSync || type === messageSyncReply) checkSync(decoder);
  else if (type === messageAwareness) checkAwareness(decoding.readVarUint8Array(decoder));
  // Auth, stateless, close and query-awareness carry no document content.
}

function checkSync(decoder: decoding.Decoder): void {
  const step = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (step === syncStep1) Y.decodeStateVector(payload);
  // Decoding reads every struct and the delete set, so a truncated or garbled update throws here.
  else if (step === syncStep2 || step === syncUpdate) Y.decodeUpdate(payload);
  else throw new Error(`unknown sync step ${step}`);
}

// Same layout y-protocols' applyAwarenessUpdate reads, which applies entry by entry.
function checkAwareness(update: Uint8Array): void {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    JSON.parse(decoding.readVarString(decoder));
  }
}
