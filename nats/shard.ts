import { Observable } from 'rxjs';
import { ownerOf } from './ownerOf';
import type { ShardChange } from './ShardChange';

/**
 * Runs `work(key)` for each key that this worker owns, as the membership says, and merges the outputs: the keys it
 * gains are subscribed, the keys it loses unsubscribed, and nothing else moves. With rxhub's ref-counted topics as
 * the work, taking a symbol over is one subscribe call and giving it up one unsubscribe call.
 *
 * Ownership is rendezvous hashing (`ownerOf`) over the members, so every worker with the same view agrees. Views
 * differ for a moment after a change (each worker hears of it on its own), so two workers may both run a key
 * briefly: publish with deterministic message ids, and the broker keeps one copy.
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
 * @param changed Hears of each change of this worker's keys, after its subscribes and unsubscribes.
 * @return The merged outputs of the work on the keys owned at each moment.
 */
export function shard<R>(
  members$: Observable<readonly string[]>,
  self: string,
  keys: readonly string[],
  work: (key: string) => Observable<R>,
  changed?: (change: ShardChange) => void,
): Observable<R> {
  return new Observable<R>((subscriber) => {
    const running = new Map<string, { unsubscribe(): void }>();
    const membership = members$.subscribe({
      next: (members) => {
        const gained: string[] = [];
        const lost: string[] = [];
        for (const key of keys) {
          const mine = ownerOf(key, members) === self;
          const current = running.get(key);
          if (current && !mine) {
            running.delete(key);
            current.unsubscribe();
            lost.push(key);
          } else if (!current && mine) {
            gained.push(key);
            running.set(
              key,
              work(key).subscribe({ next: (value) => subscriber.next(value), error: (e) => subscriber.error(e) }),
            );
          }
        }
        if (gained.length + lost.length > 0) changed?.({ members, gained, lost });
      },
      error: (error) => subscriber.error(error),
      complete: () => subscriber.complete(),
    });
    return () => {
      membership.unsubscribe();
      for (const current of running.values()) current.unsubscribe();
      running.clear();
    };
  });
}
