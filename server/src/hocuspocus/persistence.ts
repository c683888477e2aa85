import { Database } from '@hocuspocus/extension-database';
import type { Extension } from '@hocuspocus/server';
import { fetchDocumentState, storeDocumentState } from '../store/documents.ts';
import type { SqlClient } from '../store/sql-client.ts';

/** Yjs documents as whole-state rows of `documents` (Hocuspocus debounces the stores). */
export function persistence(store: SqlClient): Extension {
  return new Database({
    fetch: ({ documentName }) => fetchDocumentState(store, documentName),
    store: ({ documentName, state }) => storeDocumentState(store, documentName, state),
  });
}
