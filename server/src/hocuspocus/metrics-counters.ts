import { Connection, type Extension, type onChangePayload } from '@hocuspocus/server';
import type { TeamMetrics } from '../observability/team-metrics.ts';
import { redisOrigin } from './scale-out.ts';

/** Counts connections and document updates for /metrics. */
export function metricsCounters(metrics: TeamMetrics): Extension {
  return {
    extensionName: 'casebook-metrics',
    async connected(): Promise<void> {
      metrics.countConnection();
    },
    async onChange({ transactionOrigin }: onChangePayload): Promise<void> {
      if (transactionOrigin === redisOrigin) metrics.countUpdate('instance');
      else if (transactionOrigin instanceof Connection) metrics.countUpdate('client');
      else metrics.countUpdate('server');
    },
  };
}
