import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { httpJson } from './http-json.ts';

const serverDir = join(import.meta.dirname, '..', '..');

export interface ServerProcess {
  url: string;
  httpUrl: string;
  port: number;
  pid: number;
  output(): string;
  /** SIGTERM, then wait for the process to exit (it stores every document first). */
  stop(): Promise<void>;
}

/** Starts `src/main.ts` as `npm run server` would, on 127.0.0.1 with a port the OS picks. */
export async function startServer(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: { ...process.env, CASEBOOK_DATA: dataDir, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '', REDIS_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    // PGlite compiles its WebAssembly at start: a few seconds here, over a minute on a loaded 2-core machine.
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 150_000);
    const check = (): void => {
      const match = /listening on (ws:\/\/[\d.]+:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${String(code)}):\n${output}`));
    });
  });
  const pid = child.pid ?? -1;
  return {
    url,
    httpUrl: url.replace(/^ws:/, 'http:'),
    port: Number(/:(\d+)$/.exec(url)?.[1] ?? 0),
    pid,
    output: () => output,
    stop: () => stopChild(child),
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** Runs an admin command the way an admin would (`npm run server -- …`). */
export function cli(dataDir: string, args: string[], env: Record<string, string> = {}): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    cwd: serverDir,
    env: { ...process.env, CASEBOOK_DATA: dataDir, DATABASE_URL: '', REDIS_URL: '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** `member add`, returning the printed join code. */
export function addMember(dataDir: string, email: string, ...flags: string[]): string {
  return addMemberWith(dataDir, {}, email, ...flags);
}

/** `member add` with extra environment (DATABASE_URL…), returning the printed join code. */
export function addMemberWith(dataDir: string, env: Record<string, string>, email: string, ...flags: string[]): string {
  const result = cli(dataDir, ['member', 'add', email, ...flags], env);
  const code = /Join code: (\S+)/.exec(result.stdout)?.[1];
  if (result.status !== 0 || !code) throw new Error(`member add failed: ${result.stdout}${result.stderr}`);
  return code;
}

export interface Joined {
  token: string;
  team: { id: string; name: string };
  member: { email: string; name: string; role: string };
  members: { email: string; name: string; role: string }[];
}

export async function joinWithCode(server: ServerProcess, code: string, device = 'test'): Promise<Joined> {
  const response = await httpJson(`${server.httpUrl}/join`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code, device }),
  });
  if (response.status !== 200) throw new Error(`join failed: ${JSON.stringify(response.body)}`);
  return response.body as unknown as Joined;
}

/**
 * Adds a member through the running server's admin endpoint (what the CLI does, without its
 * ~1–2 s start-up) and joins one device.
 */
export async function memberToken(server: ServerProcess, dataDir: string, email: string, ...flags: string[]): Promise<Joined> {
  const request: Record<string, unknown> = { command: 'member add', email };
  for (let i = 0; i < flags.length; i += 2) request[(flags[i] ?? '').replace(/^--/, '')] = flags[i + 1];
  const added = (await adminRequest(dataDir, request)) as { code: string };
  return joinWithCode(server, added.code);
}

/** Sends one admin command straight to the running server's admin endpoint, as the CLI does. */
export async function adminRequest(dataDir: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const admin = JSON.parse(readFileSync(join(dataDir, 'admin.json'), 'utf8')) as { port: number; secret: string };
  const response = await httpJson(`http://127.0.0.1:${admin.port}/admin`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${admin.secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`admin request failed: ${JSON.stringify(response.body)}`);
  return response.body;
}
