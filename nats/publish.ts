import type { JetStreamClient } from '@nats-io/jetstream';
import {
  asyncScheduler,
  defer,
  map,
  mergeMap,
  retry,
  throwError,
  timer,
  type OperatorFunction,
  type SchedulerLike,
} from 'rxjs';
import { retryPolicy } from '../src/core/retryPolicy';
import type { Published } from './Published';
import type { PublishConfig } from './PublishConfig';
import { PublishError } from './PublishError';

const encoder = new TextEncoder();
const json = (item: unknown): Uint8Array => encoder.encode(JSON.stringify(item));

/**
 * Publishes each item to a JetStream subject with a deterministic message id, and emits it with its ack.
 *
 * At most `maxInFlight` items wait for an ack at once; later items queue in order behind them, so a slow broker
 * slows the output rather than growing an unbounded set of pending requests. A failed publish is sent again, with
 * the same id, as `retry` says; the stream's duplicate window drops the copy if the first one got through after all.
 * When the policy gives up, the output fails with a `PublishError` naming the subject, the id and the last cause.
 * Acks may arrive out of order when more than one is in flight.
 *
 * ## Example
 * ```ts
 * import { jetstream } from '@nats-io/jetstream';
 * import { connect } from '@nats-io/transport-node';
 * import { of } from 'rxjs';
 * import { publish } from 'rxhub/nats';
 *
 * const nc = await connect({ servers: '127.0.0.1:4222' });
 * of({ symbol: 'EURUSD', time: '2026-11-29T15:00:00Z', close: 1.1 })
 *   .pipe(
 *     publish(jetstream(nc), {
 *       subject: (candle) => `rxhub.demo.${candle.symbol}.candles.M1`,
 *       id: (candle) => `demo.${candle.symbol}.M1.${candle.time}`,
 *     }),
 *   )
 *   .subscribe(({ ack }) => console.log(ack.seq, ack.duplicate));
 * ```
 *
 * @param js The JetStream client; a stream must capture the subjects.
 * @param config Subjects, ids, payloads, the in-flight bound and the retry policy.
 * @param scheduler Runs the retry delays and measures the elapsed time. Default `asyncScheduler`.
 * @return A function that publishes the source's items and emits each with its ack.
 */
export function publish<T>(
  js: JetStreamClient,
  config: PublishConfig<T>,
  scheduler: SchedulerLike = asyncScheduler,
): OperatorFunction<T, Published<T>> {
  const {
    subject,
    id,
    encode = json,
    maxInFlight = 256,
    retry: setting = { initialDelay: 100, baseDelay: 200, maxDelay: 2000, maxElapsed: 30_000 },
    timeout,
  } = config;
  const policy = retryPolicy(setting);
  return mergeMap((item: T) => {
    const to = subject(item);
    const msgID = id(item);
    const data = encode(item);
    const started = scheduler.now();
    const options = timeout === undefined ? { msgID } : { msgID, timeout };
    return defer(() => js.publish(to, data, options)).pipe(
      retry({
        delay: (error: unknown, count: number) => {
          const elapsed = scheduler.now() - started;
          const delay = policy.nextRetryDelayInMilliseconds({
            previousRetryCount: count - 1,
            elapsedMilliseconds: elapsed,
            retryReason: error instanceof Error ? error : new Error(String(error)),
          });
          return delay === null
            ? throwError(() => new PublishError(to, msgID, count, elapsed, error))
            : timer(delay, scheduler);
        },
      }),
      map((ack) => ({ item, ack })),
    );
  }, maxInFlight);
}
