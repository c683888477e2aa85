/**
 * Runs tasks with the same key one after another (tasks with other keys run freely).
 * Reading a thread, a user's edit and an inbox-list notice all read a case, change it and save
 * it; two such read-modify-writes of one case at once would each apply the same new message.
 * The database merge keeps fields from being lost, but only serialising avoids double events.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Runs `task` once every key's earlier tasks are done; later tasks of any of these keys wait for it. */
  runAll<T>(keys: readonly string[], task: () => Promise<T>): Promise<T> {
    const unique = [...new Set(keys)];
    const previous = Promise.all(unique.map((key) => this.tails.get(key)));
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    for (const key of unique) this.tails.set(key, tail);
    void tail.then(() => {
      for (const key of unique) if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
