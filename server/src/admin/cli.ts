import type { Config } from '../config.ts';
import { openStore } from '../store/open-store.ts';
import { notifyingEffects } from './membership-notices.ts';
import { runStoreCommand } from './store-commands.ts';
import { isLock, readLockHolder, tryLockStore } from '../store/store-lock.ts';
import { readAdminFile } from './admin-file.ts';
import { AdminError, type AdminRequest, type AdminResult } from './admin-request.ts';
import { formatAdminResult } from './format-admin-result.ts';
import { parseAdminArgs } from './parse-admin-args.ts';
import { noEffects, runAdminCommand } from './run-admin-command.ts';
import { mkdirSync } from 'node:fs';

/** `npm run server -- member add …`: through the running server if there is one, else on the store itself. */
export async function runCli(args: readonly string[], config: Config): Promise<number> {
  try {
    if (args[0] === 'backup' || args[0] === 'restore' || args[0] === 'migrate-to-postgres') {
      console.log(await runStoreCommand(args, config));
      return 0;
    }
    const request = parseAdminArgs(args);
    const result = await execute(request, config);
    console.log(formatAdminResult(result));
    return 0;
  } catch (error) {
    if (error instanceof AdminError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

async function execute(request: AdminRequest, config: Config): Promise<AdminResult> {
  if (config.databaseUrl) {
    // PostgreSQL takes any number of clients: change it directly and notify the instances.
    const store = await openStore({ kind: 'postgres', url: config.databaseUrl }, 'casebook-cli');
    try {
      return await runAdminCommand(store, request, { joinCodeTtlMs: config.joinCodeTtlMs, effects: notifyingEffects(store) });
    } finally {
      await store.close();
    }
  }
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  for (let waited = 0; waited < 30_000; waited += 200) {
    const lock = tryLockStore(config.dataDir, 'cli');
    if (isLock(lock)) {
      try {
        const store = await openStore({ kind: 'embedded', dataDir: config.dataDir }, 'casebook-cli');
        try {
          return await runAdminCommand(store, request, { joinCodeTtlMs: config.joinCodeTtlMs, effects: noEffects });
        } finally {
          await store.close();
        }
      } finally {
        lock.release();
      }
    }
    if (lock.role === 'server') {
      // The server writes the admin file once it listens; until then, wait.
      const admin = readAdminFile(config.dataDir);
      if (admin && admin.pid === lock.pid) return sendToServer(admin.port, admin.secret, request);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const holder = readLockHolder(config.dataDir);
  throw new AdminError(`The store in ${config.dataDir} is busy (pid ${holder?.pid ?? '?'}); try again.`);
}

async function sendToServer(port: number, secret: string, request: AdminRequest): Promise<AdminResult> {
  const response = await fetch(`http://127.0.0.1:${port}/admin`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as AdminResult | { error: string };
  if ('error' in body) throw new AdminError(body.error);
  return body;
}
