// Writes to one store, one at a time: resolving an article against the graph and applying it must not
// interleave with another article's, or two articles that both introduce a new person would both create it.

const queues = new WeakMap<object, Promise<unknown>>();

/**
 * Runs `write` once every write queued before it on the same key has settled. The key is the store the
 * process opened (not a per-request wrapper of it): one queue per store.
 */
export function serialised<T>(key: object, write: () => Promise<T>): Promise<T> {
  const before = queues.get(key) ?? Promise.resolve();
  const run = before.then(write);
  queues.set(
    key,
    run.catch(() => undefined),
  );
  return run;
}
