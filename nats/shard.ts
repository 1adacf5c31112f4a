import { asyncScheduler, Observable, type Subscription } from 'rxjs';
import { ownerOf } from './ownerOf';
import type { ShardConfig } from './ShardConfig';

/**
 * Runs `work(key)` for each key that this worker owns, as the membership says, and merges the outputs: the keys it
 * gains are subscribed, the keys it loses unsubscribed, and nothing else moves. With rxhub's ref-counted topics as
 * the work, taking a symbol over is one subscribe call and giving it up one unsubscribe call.
 *
 * Ownership is rendezvous hashing (`ownerOf`) over the members, so every worker with the same view agrees. Views
 * differ for a moment after a change (each worker hears of it on its own), so two workers may both run a key
 * briefly: publish with deterministic message ids, and the broker keeps one copy. A key given up keeps its work
 * for `handover` ms, so that what it has seen whole (a window waiting for its grace) is still emitted.
 *
 * ## Example
 * ```ts
 * import { Kvm } from '@nats-io/kv';
 * import { connect } from '@nats-io/transport-node';
 * import { createMT4Hub } from 'rxhub';
 * import { shard, workers } from 'rxhub/nats';
 *
 * const nc = await connect({ servers: '127.0.0.1:4222' });
 * const bucket = await new Kvm(nc).create('rxhub-workers', { ttl: 5000 });
 * const mt4 = createMT4Hub('http://127.0.0.1:5080/hubs/mt4/v1', { tradePlatform: 'demo' });
 * shard(workers(bucket, 'worker-1'), 'worker-1', ['EURUSD', 'GBPUSD'], (symbol) => mt4.ticks(symbol)).subscribe(
 *   (tick) => console.log(tick.symbol, tick.bid),
 * );
 * ```
 *
 * @param members$ The live workers, as `workers` gives them.
 * @param self This worker's id among them.
 * @param keys Every key of the fleet.
 * @param work The work for one key, subscribed while this worker owns it.
 * @param config Who hears of changes, and how long a lost key's work runs on.
 * @return The merged outputs of the work on the keys owned at each moment.
 */
export function shard<R>(
  members$: Observable<readonly string[]>,
  self: string,
  keys: readonly string[],
  work: (key: string) => Observable<R>,
  config: ShardConfig = {},
): Observable<R> {
  const { changed, handover = 0, scheduler = asyncScheduler } = config;
  return new Observable<R>((subscriber) => {
    /** The work of each key this worker runs, and for a key it lost, the handover that will end it. */
    const running = new Map<string, { work: Subscription; leaving?: Subscription }>();
    const end = (key: string): void => {
      running.get(key)?.work.unsubscribe();
      running.delete(key);
    };
    const membership = members$.subscribe({
      next: (members) => {
        const gained: string[] = [];
        const lost: string[] = [];
        for (const key of keys) {
          const mine = ownerOf(key, members) === self;
          const current = running.get(key);
          if (current && !mine && !current.leaving) {
            lost.push(key);
            if (handover > 0) current.leaving = scheduler.schedule(() => end(key), handover);
            else end(key);
          } else if (current?.leaving && mine) {
            gained.push(key);
            current.leaving.unsubscribe();
            current.leaving = undefined;
          } else if (!current && mine) {
            gained.push(key);
            const next = (value: R): void => subscriber.next(value);
            running.set(key, { work: work(key).subscribe({ next, error: (e) => subscriber.error(e) }) });
          }
        }
        if (gained.length + lost.length > 0) changed?.({ members, gained, lost });
      },
      error: (error) => subscriber.error(error),
      complete: () => subscriber.complete(),
    });
    return () => {
      membership.unsubscribe();
      for (const { work, leaving } of running.values()) {
        leaving?.unsubscribe();
        work.unsubscribe();
      }
      running.clear();
    };
  });
}
