import { connect, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface TcpProxy {
  url: string;
  port: number;
  /** Backends a new connection may go to, in round-robin order. */
  setBackends(ports: number[]): void;
  close(): Promise<void>;
}

/**
 * The "one URL" in front of several instances, as a plain TCP balancer (what nginx `stream`
 * or HAProxy in TCP mode does): round robin, no stickiness; a backend that refuses is skipped.
 */
export async function startTcpProxy(backends: number[]): Promise<TcpProxy> {
  let ports = [...backends];
  let next = 0;
  const open = new Set<Socket>();
  const server = createServer((client) => {
    open.add(client);
    client.once('close', () => open.delete(client));
    client.pause();
    const tryBackend = (attempt: number): void => {
      if (attempt >= ports.length) {
        client.destroy();
        return;
      }
      const port = ports[next++ % ports.length]!;
      const upstream = connect(port, '127.0.0.1');
      upstream.once('connect', () => {
        open.add(upstream);
        upstream.once('close', () => open.delete(upstream));
        client.pipe(upstream).pipe(client);
        client.resume();
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
        upstream.once('close', () => client.destroy());
        client.once('close', () => upstream.destroy());
      });
      upstream.once('error', () => {
        if (!upstream.readyState || upstream.connecting) tryBackend(attempt + 1);
      });
    };
    tryBackend(0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}`,
    port,
    setBackends: (list) => {
      ports = [...list];
    },
    close: async () => {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
