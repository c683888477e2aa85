import { LatencyHistogram } from './latency-histogram.ts';

/** Where a document change came from: a member's connection, another instance (Redis), the server itself. */
export type UpdateOrigin = 'client' | 'instance' | 'server';

/** What one instance counts for `/metrics`; the gauges are read from Hocuspocus when scraped. */
export class TeamMetrics {
  readonly storeLatency = new LatencyHistogram();
  readonly loadLatency = new LatencyHistogram();
  private readonly updates: Record<UpdateOrigin, number> = { client: 0, instance: 0, server: 0 };
  private connectionsOpened = 0;
  private storeFailures = 0;

  countUpdate(origin: UpdateOrigin): void {
    this.updates[origin]++;
  }

  countConnection(): void {
    this.connectionsOpened++;
  }

  countStoreFailure(): void {
    this.storeFailures++;
  }

  /** Prometheus text exposition format (version 0.0.4). */
  render(gauges: { connections: number; documentConnections: number; documents: number; rssBytes: number; heapBytes: number }): string {
    const lines = [
      '# HELP casebook_connections Members\' WebSocket connections open on this instance (one per browser).',
      '# TYPE casebook_connections gauge',
      `casebook_connections ${gauges.connections}`,
      '# HELP casebook_document_connections Documents open over those connections (a browser opens many on one socket).',
      '# TYPE casebook_document_connections gauge',
      `casebook_document_connections ${gauges.documentConnections}`,
      '# HELP casebook_documents_loaded Documents held in memory by this instance.',
      '# TYPE casebook_documents_loaded gauge',
      `casebook_documents_loaded ${gauges.documents}`,
      '# HELP casebook_connections_opened_total Document connections accepted since start.',
      '# TYPE casebook_connections_opened_total counter',
      `casebook_connections_opened_total ${this.connectionsOpened}`,
      '# HELP casebook_document_updates_total Document updates applied, by origin (rate() gives the update rate).',
      '# TYPE casebook_document_updates_total counter',
      ...(Object.entries(this.updates) as [UpdateOrigin, number][]).map(([origin, n]) => `casebook_document_updates_total{origin="${origin}"} ${n}`),
      ...this.storeLatency.render('casebook_store_write_seconds', 'Time to store one document state (merge included).'),
      ...this.loadLatency.render('casebook_store_read_seconds', 'Time to load one document state.'),
      '# HELP casebook_store_write_failures_total Document stores that failed (retried on the next change).',
      '# TYPE casebook_store_write_failures_total counter',
      `casebook_store_write_failures_total ${this.storeFailures}`,
      '# HELP process_resident_memory_bytes Resident memory of this instance.',
      '# TYPE process_resident_memory_bytes gauge',
      `process_resident_memory_bytes ${gauges.rssBytes}`,
      '# HELP nodejs_heap_used_bytes V8 heap in use.',
      '# TYPE nodejs_heap_used_bytes gauge',
      `nodejs_heap_used_bytes ${gauges.heapBytes}`,
    ];
    return `${lines.join('\n')}\n`;
  }
}
