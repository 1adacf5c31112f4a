import type { KV, KvWatchEntry } from '@nats-io/kv';
import { asyncScheduler, interval, Observable, type SchedulerLike } from 'rxjs';
import type { WorkersConfig } from './WorkersConfig';

/**
 * The live workers of a fleet, kept in a JetStream key-value bucket: while subscribed, this worker writes its key
 * every `heartbeat` ms, and the output is the sorted ids of every worker whose latest heartbeat is younger than
 * `ttl`, each time that set changes. Unsubscribing deletes this worker's key, so the others take over at once; a
 * worker that dies without doing so drops out `ttl` after its last heartbeat (plus up to one `check`).
 *
 * This worker counts as alive only through its own heartbeats as the bucket returns them: a worker cut off from
 * the broker drops out of its own view as the others drop it from theirs, and so releases its keys. The first
 * output waits for every key the bucket held when the watch started, so a worker that joins sees all its peers at
 * once.
 *
 * ## Example
 * ```ts
 * import { Kvm } from '@nats-io/kv';
 * import { connect } from '@nats-io/transport-node';
 * import { workers } from 'rxhub/nats';
 *
 * const nc = await connect({ servers: '127.0.0.1:4222' });
 * const bucket = await new Kvm(nc).create('rxhub-workers', { ttl: 5000 });
 * workers(bucket, 'worker-1', { ttl: 5000 }).subscribe((live) => console.log(live.join(' ')));
 * ```
 *
 * @param bucket The membership bucket, created with `ttl` as its own.
 * @param self This worker's id: a key, unique in the fleet (letters, digits, `-`, `_`).
 * @param config The heartbeat and the time to live.
 * @param scheduler Runs the heartbeat and the check. Default `asyncScheduler`.
 * @return The live workers' ids, sorted, on every change.
 */
export function workers(
  bucket: KV,
  self: string,
  config: WorkersConfig = {},
  scheduler: SchedulerLike = asyncScheduler,
): Observable<readonly string[]> {
  const { ttl = 5000, heartbeat = ttl / 3, check = 250 } = config;
  return new Observable<readonly string[]>((subscriber) => {
    /** Each worker's latest heartbeat, on the scheduler's clock. */
    const seen = new Map<string, number>();
    let last: string | undefined;
    /**
     * Whether the watch has delivered the keys the bucket held when it started. Until then the view is incomplete:
     * with only some of the members, this worker would own, for a moment, keys that belong to the others.
     */
    let ready = false;
    const update = (): void => {
      if (!ready) return;
      const now = scheduler.now();
      for (const [member, at] of seen) if (now - at >= ttl) seen.delete(member);
      const live = [...seen.keys()].sort();
      const key = live.join('\n');
      if (key !== last) {
        last = key;
        subscriber.next(live);
      }
    };
    const heard = (entry: KvWatchEntry): void => {
      if (entry.operation === 'PUT') {
        // A value the bucket held when the watch started is as old as the broker says (the watch marks the last of
        // them as an update already); one that arrives later is fresh.
        const age = ready ? 0 : Math.max(0, Date.now() - entry.created.getTime());
        seen.set(entry.key, scheduler.now() - age);
      } else seen.delete(entry.key);
      if (entry.isUpdate) ready = true;
      update();
    };

    const beat = (): void => void bucket.put(self, String(Date.now())).catch(() => undefined);
    let closed = false;
    let stopWatch: (() => void) | undefined;
    bucket
      .watch()
      .then(async (watcher) => {
        stopWatch = () => watcher.stop();
        if (closed) return stopWatch();
        for await (const entry of watcher) heard(entry);
      })
      .catch((error: unknown) => closed || subscriber.error(error));
    beat();
    const timers = interval(heartbeat, scheduler).subscribe(beat);
    timers.add(interval(check, scheduler).subscribe(update));
    return () => {
      closed = true;
      timers.unsubscribe();
      stopWatch?.();
      void bucket.delete(self).catch(() => undefined);
    };
  });
}
