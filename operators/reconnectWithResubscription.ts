import { HubConnectionState, type IRetryPolicy } from '@microsoft/signalr';
import {
  asyncScheduler,
  defer,
  first,
  retry,
  switchMap,
  tap,
  throwError,
  timer,
  type MonoTypeOperatorFunction,
  type SchedulerLike,
} from 'rxjs';
import { retryPolicy as toRetryPolicy } from '../src/core/retryPolicy';
import { ConnectionFailedError } from '../src/core/errors/ConnectionFailedError';
import { HubInvocationError } from '../src/core/errors/HubInvocationError';
import type { HubState } from './HubState';
import type { ReconnectConfig } from './ReconnectConfig';

export function reconnectWithResubscription<T>(
  hub: HubState,
  policy?: ReconnectConfig,
  scheduler?: SchedulerLike,
): MonoTypeOperatorFunction<T>;
export function reconnectWithResubscription<T>(
  hub: HubState,
  policy: IRetryPolicy,
  scheduler?: SchedulerLike,
): MonoTypeOperatorFunction<T>;
/**
 * Resubscribes a stream or pipeline that failed because the connection was lost, once the hub has settled
 * again, with backoff and jitter.
 *
 * Retries only transient errors (see `ReconnectConfig.retryable`): never an authentication failure or a strict
 * decode error. Each retry waits the policy's delay, then for the hub to be connected (or idle, when the
 * resubscription is what starts it). The count starts again after each value that gets through. Accepts
 * SignalR's `IRetryPolicy`, so the policy given to `withAutomaticReconnect` serves here too.
 *
 * ## Example
 * ```ts
 * import { HubConnectionBuilder } from '@microsoft/signalr';
 * import { RxHub } from 'rxhub';
 * import { reconnectWithResubscription } from 'rxhub/operators';
 *
 * const hub = new RxHub(() => new HubConnectionBuilder().withUrl('http://127.0.0.1:5080/hubs/test/v1').build());
 * hub
 *   .invoke<string>('GetServerTime')
 *   .pipe(reconnectWithResubscription(hub, { maxRetries: 5 }))
 *   .subscribe((time) => console.log(time));
 * ```
 *
 * @param hub The hub whose connection the source depends on.
 * @param policy A SignalR retry policy, or backoff settings. Default: `backoff()`, retrying without limit.
 * @param scheduler Runs the delays. Default `asyncScheduler`.
 * @return A function that returns the source, resubscribed after transient failures.
 */
export function reconnectWithResubscription<T>(
  hub: HubState,
  policy: IRetryPolicy | ReconnectConfig = {},
  scheduler: SchedulerLike = asyncScheduler,
): MonoTypeOperatorFunction<T> {
  const retryPolicy = toRetryPolicy(policy);
  const retryable = ('retryable' in policy && policy.retryable) || isTransient;
  const settled = hub.state$.pipe(
    first((state) => state === HubConnectionState.Connected || state === HubConnectionState.Disconnected),
  );
  return (source) =>
    defer(() => {
      let since: number | undefined;
      return source.pipe(
        tap(() => (since = undefined)),
        retry({
          resetOnSuccess: true,
          delay: (error: unknown, count: number) => {
            if (!retryable(error)) return throwError(() => error);
            since ??= scheduler.now();
            const delay = retryPolicy.nextRetryDelayInMilliseconds({
              previousRetryCount: count - 1,
              elapsedMilliseconds: scheduler.now() - since,
              retryReason: error instanceof Error ? error : new Error(String(error)),
            });
            return delay === null ? throwError(() => error) : timer(delay, scheduler).pipe(switchMap(() => settled));
          },
        }),
      );
    });
}

function isTransient(error: unknown): boolean {
  return error instanceof HubInvocationError ? error.connectionLost : error instanceof ConnectionFailedError;
}
