import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';

// Real PostgreSQL and Redis for the tests, from Debian's packages (scripts/ensure-deps.sh --test
// installs them), on 127.0.0.1 with free ports and throw-away data directories.

export interface RunningService {
  url: string;
  stop(): Promise<void>;
}

export type Started = RunningService | { skipped: string };

const postgresBin = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'].find((dir) => existsSync(join(dir, 'postgres')));

/**
 * initdb and postgres refuse to run as root: as root they run as the `postgres` user (setpriv
 * execs in place, so the pid we hold is the server's own and we stop exactly it).
 */
export async function startPostgres(): Promise<Started> {
  if (!postgresBin) return { skipped: 'PostgreSQL is not installed (apt-get install postgresql, or scripts/ensure-deps.sh --test)' };
  const asRoot = process.getuid?.() === 0;
  const postgresUser = asRoot ? spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }) : null;
  if (asRoot && postgresUser?.status !== 0) return { skipped: 'running as root and there is no `postgres` user to run PostgreSQL as' };
  const runAs = (command: string, args: string[]): [string, string[]] =>
    asRoot ? ['setpriv', ['--reuid=postgres', '--regid=postgres', '--init-groups', '--', command, ...args]] : [command, args];
  const root = mkdtempSync(join(tmpdir(), 'casebook-pg-'));
  if (asRoot) {
    const uid = Number(postgresUser?.stdout.trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    chownSync(root, uid, gid);
  }
  const dataDir = join(root, 'data');
  const [initCommand, initArgs] = runAs(join(postgresBin, 'initdb'), ['-D', dataDir, '-U', 'casebook', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const init = spawnSync(initCommand, initArgs, { encoding: 'utf8' });
  if (init.status !== 0) {
    rmSync(root, { recursive: true, force: true });
    return { skipped: `initdb failed: ${(init.stderr || init.stdout).slice(0, 300)}` };
  }
  const port = await freePort();
  const [command, args] = runAs(join(postgresBin, 'postgres'), [
    '-D', dataDir, '-p', String(port), '-h', '127.0.0.1', '-k', root,
    '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200', '-c', 'shared_buffers=64MB',
  ]);
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  if (!(await waitForPort(port, child, 20_000))) {
    await stopChild(child);
    rmSync(root, { recursive: true, force: true });
    return { skipped: `PostgreSQL did not start: ${log.slice(-300)}` };
  }
  return {
    url: `postgres://casebook@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await stopChild(child, 'SIGINT'); // fast shutdown
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export async function startRedis(): Promise<Started> {
  if (!existsSync('/usr/bin/redis-server')) return { skipped: 'Redis is not installed (apt-get install redis-server, or scripts/ensure-deps.sh --test)' };
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'casebook-redis-'));
  const child = spawn('/usr/bin/redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
  if (!(await waitForPort(port, child, 10_000))) {
    await stopChild(child);
    rmSync(dir, { recursive: true, force: true });
    return { skipped: 'redis-server did not start' };
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<boolean> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) return false;
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

async function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
