import { asyncScheduler, Observable, type MonoTypeOperatorFunction, type SchedulerLike, type Subscription } from 'rxjs';
import type { ConflateConfig } from './ConflateConfig';

export function conflate<T, K>(key: (value: T) => K, scheduler?: SchedulerLike): MonoTypeOperatorFunction<T>;
export function conflate<T, K>(config: ConflateConfig<T, K>, scheduler?: SchedulerLike): MonoTypeOperatorFunction<T>;
/**
 * Holds the latest item per key and emits the held items together once per tick of the scheduler, so that a
 * consumer sees each key at most once per tick however fast items arrive.
 *
 * The first item held starts the wait; when it ends, the held items are emitted in the order their keys first
 * arrived, each the latest of its key. On completion the held items are emitted at once; on error they are
 * dropped. Memory is one item per key seen within a tick.
 *
 * ## Example
 * ```ts
 * import { animationFrameScheduler } from 'rxjs';
 * import { createMT4Hub } from 'rxhub';
 * import { conflate } from 'rxhub/operators';
 *
 * const mt4 = createMT4Hub('http://127.0.0.1:5080/hubs/mt4/v1', {
 *   tradePlatform: 'demo',
 *   credentials: { clientId: 'rxhub-demo', clientSecret: 'rxhub-secret' },
 * });
 * const board = new Map<string, number>();
 * mt4
 *   .allTicks()
 *   .pipe(conflate((tick) => tick.symbol, animationFrameScheduler))
 *   .subscribe((tick) => board.set(tick.symbol ?? '?', tick.bid)); // at most once per symbol per frame
 * ```
 *
 * @param key The key of an item, or a config with the key and a period.
 * @param scheduler Paces the emissions. Default `asyncScheduler`.
 * @return A function that returns an Observable of the latest item per key, once per tick.
 */
export function conflate<T, K>(
  key: ((value: T) => K) | ConflateConfig<T, K>,
  scheduler: SchedulerLike = asyncScheduler,
): MonoTypeOperatorFunction<T> {
  const { key: keyOf, period = 0 } = typeof key === 'function' ? { key } : key;
  return (source) =>
    new Observable<T>((subscriber) => {
      let held = new Map<K, T>();
      let spare = new Map<K, T>();
      let timer: Subscription | undefined;
      const emit = () => {
        timer = undefined;
        const batch = held;
        held = spare;
        spare = batch;
        for (const value of batch.values()) subscriber.next(value);
        batch.clear();
      };
      const subscription = source.subscribe({
        next: (value) => {
          held.set(keyOf(value), value);
          timer ??= scheduler.schedule(emit, period);
        },
        error: (error: unknown) => subscriber.error(error),
        complete: () => {
          timer?.unsubscribe();
          emit();
          subscriber.complete();
        },
      });
      return () => {
        subscription.unsubscribe();
        timer?.unsubscribe();
      };
    });
}
