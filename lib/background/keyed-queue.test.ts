import { describe, expect, it } from 'vitest';
import { KeyedQueue } from './keyed-queue';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1));

/** A task that logs its start and end, `ticks` timer turns apart, and returns its name. */
const loggedTask = (log: string[], name: string, ticks = 1) => async (): Promise<string> => {
  log.push(`${name} start`);
  for (let i = 0; i < ticks; i += 1) await tick();
  log.push(`${name} end`);
  return name;
};

describe('KeyedQueue', () => {
  it('runs tasks of one key one after another, in order', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const task = (name: string) => loggedTask(log, name);
    const results = await Promise.all([queue.run('case-1', task('a')), queue.run('case-1', task('b'))]);
    expect(results).toEqual(['a', 'b']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end']);
  });

  it('lets tasks of other keys interleave', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const task = (name: string) => loggedTask(log, name);
    await Promise.all([queue.run('case-1', task('a')), queue.run('case-2', task('b'))]);
    expect(log.slice(0, 2)).toEqual(['a start', 'b start']);
  });

  it('a failing task rejects its caller but does not block the next', async () => {
    const queue = new KeyedQueue();
    const failing = queue.run('k', () => Promise.reject(new Error('boom')));
    const next = queue.run('k', async () => 'ok');
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
  });

  it('runAll waits for every key it holds, and holds them all until it is done', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const task = (name: string) => loggedTask(log, name, 2);
    const a = queue.run('case-1', task('a'));
    const b = queue.run('case-2', task('b'));
    const both = queue.runAll(['case-1', 'case-2', 'case-1'], task('both'));
    const c = queue.run('case-2', task('c'));
    const d = queue.run('case-3', task('d'));
    await Promise.all([a, b, both, c, d]);
    expect(log.indexOf('both start')).toBeGreaterThan(Math.max(log.indexOf('a end'), log.indexOf('b end')));
    expect(log.indexOf('c start')).toBeGreaterThan(log.indexOf('both end'));
    // A key it does not hold is not held up.
    expect(log.indexOf('d start')).toBeLessThan(log.indexOf('both start'));
  });

  it('runAll runs after a failing earlier task of one of its keys', async () => {
    const queue = new KeyedQueue();
    const failing = queue.run('k', () => Promise.reject(new Error('boom')));
    const all = queue.runAll(['k', 'j'], async () => 'ok');
    await expect(failing).rejects.toThrow('boom');
    await expect(all).resolves.toBe('ok');
  });
});
