import { Database } from '@hocuspocus/extension-database';
import type { Extension } from '@hocuspocus/server';
import type { TeamMetrics } from '../observability/team-metrics.ts';
import { fetchDocumentState, storeDocumentState } from '../store/documents.ts';
import type { Store } from '../store/sql-client.ts';

/** Yjs documents as whole-state rows of `documents` (Hocuspocus debounces the stores), timed for /metrics. */
export function persistence(store: Store, metrics: TeamMetrics): Extension {
  return new Database({
    fetch: async ({ documentName }) => {
      const started = performance.now();
      const state = await fetchDocumentState(store, documentName);
      metrics.loadLatency.observe((performance.now() - started) / 1000);
      return state;
    },
    store: async ({ documentName, state }) => {
      const started = performance.now();
      try {
        await storeDocumentState(store, documentName, state);
      } catch (error) {
        metrics.countStoreFailure();
        throw error;
      }
      metrics.storeLatency.observe((performance.now() - started) / 1000);
    },
  });
}
