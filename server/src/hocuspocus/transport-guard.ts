import type { Extension, onConnectPayload } from '@hocuspocus/server';
import { describeTransport, isTransportAllowed } from '../http/transport.ts';
import { Refusal } from './refusal.ts';

/** Refuses ws:// from another machine before the token is even looked at (see README, "Team server"). */
export function transportGuard(trustedProxies: ReadonlySet<string>): Extension {
  return {
    extensionName: 'casebook-transport-guard',
    async onConnect({ request }: onConnectPayload): Promise<void> {
      const transport = describeTransport(request, trustedProxies);
      if (!isTransportAllowed(transport)) throw new Refusal('tls-required', `plain ws:// from ${transport.clientAddress}`);
    },
  };
}
