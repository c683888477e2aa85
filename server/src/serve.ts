import { mkdirSync } from 'node:fs';
import { writeAdminFile, removeAdminFile } from './admin/admin-file.ts';
import { startAdminEndpoint, type AdminEndpoint } from './admin/admin-endpoint.ts';
import { listenForMembershipNotices } from './admin/membership-notices.ts';
import type { MembershipEffects } from './admin/run-admin-command.ts';
import type { Config } from './config.ts';
import { closeMemberConnections } from './hocuspocus/close-member-connections.ts';
import { createTeamServer } from './hocuspocus/create-team-server.ts';
import { stopGracefully } from './hocuspocus/stop-gracefully.ts';
import { TokenAccessCache } from './hocuspocus/token-access-cache.ts';
import { syncMembersDocument } from './hocuspocus/members-document.ts';
import { startMemoryLog } from './memory-log.ts';
import { describeStoreLocation, openStore, storeLocationOf } from './store/open-store.ts';
import { isLock, tryLockStore, type StoreLock } from './store/store-lock.ts';
import { listTeams } from './store/teams.ts';

/** `npm run server`: opens the store, starts Hocuspocus (and the admin endpoint), stops cleanly on a signal. */
export async function serve(config: Config): Promise<void> {
  const location = storeLocationOf(config);
  // The embedded store is one process's; PostgreSQL takes every instance (and the CLI) at once.
  const lock = location.kind === 'embedded' ? await waitForStoreLock(config.dataDir) : null;
  const store = await openStore(location, `casebook-server ${config.instanceName}`);
  const tokens = new TokenAccessCache();
  const server = createTeamServer(store, config, tokens);
  const instance = server.hocuspocus;
  const effects: MembershipEffects = {
    membersChanged: (teamId) => syncMembersDocument(instance, store, teamId),
    cutOff: (memberId, why) => {
      tokens.forgetMember(memberId, why);
      closeMemberConnections(instance, memberId, why);
    },
  };
  await server.listen();
  // A CLI run while the server was down changed members without telling the documents. All
  // teams at once: with Redis each direct change waits ~1 s for the other instances to hear it.
  await Promise.all((await listTeams(store)).map((team) => effects.membersChanged(team.id)));
  let admin: AdminEndpoint | null = null;
  let stopListening: (() => Promise<void>) | null = null;
  if (location.kind === 'embedded') {
    admin = await startAdminEndpoint(store, { joinCodeTtlMs: config.joinCodeTtlMs, effects });
    writeAdminFile(config.dataDir, { pid: process.pid, port: admin.port, secret: admin.secret });
  } else {
    stopListening = await listenForMembershipNotices(store, effects);
  }

  const { port } = server.address;
  const shownHost = config.host.includes(':') ? `[${config.host}]` : config.host;
  console.log(`Casebook team server listening on ws://${shownHost}:${port}`);
  if (config.publicUrl) console.log(`Members connect to ${config.publicUrl}`);
  console.log(`Store: ${describeStoreLocation(location)}`);
  if (config.redisUrl) console.log(`Instance ${config.instanceName}, sharing documents through Redis`);
  console.log('Add a member (prints a one-time join code): npm run server -- member add alice@example.com');

  startMemoryLog(Number(process.env.CASEBOOK_LOG_MEMORY ?? 0), () => instance.getDocumentsCount());

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    if (location.kind === 'embedded') removeAdminFile(config.dataDir);
    await admin?.close();
    await stopListening?.();
    // Sockets closed at once (members reconnect elsewhere); each document is stored before it unloads.
    await stopGracefully(server);
    await store.close();
    lock?.release();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

// A CLI command may hold the store for a moment; a second server may not.
async function waitForStoreLock(dataDir: string): Promise<StoreLock> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  for (let waited = 0; ; waited += 200) {
    const result = tryLockStore(dataDir, 'server');
    if (isLock(result)) return result;
    if (result.role === 'server') throw new Error(`A Casebook team server (pid ${result.pid}) already runs on ${dataDir}.`);
    if (waited > 30_000) throw new Error(`An admin command (pid ${result.pid}) has held ${dataDir} for 30 s.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
