import type { KV, KvWatchEntry } from '@nats-io/kv';
import { workers } from '../../nats/workers';

/** A bucket whose watch delivers the given entries, then stays open; puts and deletes are recorded. */
function bucketOf(entries: readonly Pick<KvWatchEntry, 'key' | 'operation' | 'isUpdate' | 'created'>[]) {
  const puts: string[] = [];
  const bucket = {
    watch: async () => ({
      stop: () => undefined,
      async *[Symbol.asyncIterator]() {
        yield* entries;
        await new Promise(() => undefined);
      },
    }),
    put: async (key: string) => void puts.push(key),
    delete: async () => undefined,
  };
  return { bucket: bucket as unknown as KV, puts };
}

const entry = (key: string, isUpdate: boolean, ageMs = 0) => ({
  key,
  operation: 'PUT' as const,
  isUpdate,
  created: new Date(Date.now() - ageMs),
});

describe('workers', () => {
  it('gives the members the bucket holds when it starts watching at once, not one by one', async () => {
    // The watch delivers the bucket's keys one at a time, the last of them marked as an update; a view of the first
    // ones alone would make this worker take, for a moment, keys that belong to the others.
    const { bucket, puts } = bucketOf([entry('w3', false), entry('w2', false), entry('w1', true), entry('w4', true)]);
    const seen: (readonly string[])[] = [];
    const subscription = workers(bucket, 'w2', { ttl: 60_000 }).subscribe((live) => seen.push(live));
    await new Promise((resolve) => setTimeout(resolve, 20));
    subscription.unsubscribe();
    expect(seen).toEqual([
      ['w1', 'w2', 'w3'],
      ['w1', 'w2', 'w3', 'w4'],
    ]);
    expect(puts).toEqual(['w2']);
  });

  it('ages the keys the bucket holds when it starts watching by their time in the bucket', async () => {
    const { bucket } = bucketOf([entry('w1', false), entry('w2', false, 1900), entry('w3', true, 1900)]);
    let live: readonly string[] = [];
    const subscription = workers(bucket, 'w1', { ttl: 2000, check: 10 }).subscribe((members) => (live = members));
    // w2 and w3 expire 100 ms from now, w1 in 2 s.
    const deadline = Date.now() + 1000;
    while (live.join() !== 'w1' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    subscription.unsubscribe();
    expect(live).toEqual(['w1']);
  });
});
