import type { IRetryPolicy } from '@microsoft/signalr';
import { backoff } from './backoff';
import type { BackoffConfig } from './BackoffConfig';

/**
 * The one place a retry setting becomes a SignalR `IRetryPolicy`: a policy as it is, backoff settings through
 * `backoff`. `hubConnectionFactory`'s automatic reconnect, `RxHub`'s restart and `reconnectWithResubscription` all read
 * their setting through it, so each takes the same two shapes and means the same by them.
 *
 * ## Example
 * ```ts
 * import { retryPolicy } from 'rxhub';
 *
 * const policy = retryPolicy({ initialDelay: 0, baseDelay: 500, maxRetries: 3, jitter: 0 });
 * policy.nextRetryDelayInMilliseconds({ previousRetryCount: 1, elapsedMilliseconds: 0, retryReason: new Error() }); // 500
 * ```
 *
 * @param setting A policy, or backoff settings. Default: `backoff()`, which never gives up.
 * @return The policy.
 */
export function retryPolicy(setting: IRetryPolicy | BackoffConfig = {}): IRetryPolicy {
  return 'nextRetryDelayInMilliseconds' in setting ? setting : backoff(setting);
}
