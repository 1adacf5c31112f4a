import type { IRetryPolicy, RetryContext } from '@microsoft/signalr';
import type { BackoffConfig } from './BackoffConfig';

/**
 * A SignalR `IRetryPolicy` that backs off exponentially, with jitter: `initialDelay`, then `baseDelay`, doubling
 * up to `maxDelay`, until `maxRetries` or `maxElapsed` (then `null`: give up).
 *
 * @example
 * ```ts
 * import { HubConnectionBuilder } from '@microsoft/signalr';
 * import { backoff } from 'rxhub';
 *
 * const connection = new HubConnectionBuilder()
 *   .withUrl('http://127.0.0.1:5080/hubs/test/v1')
 *   .withAutomaticReconnect(backoff({ maxRetries: 5 }))
 *   .build();
 * ```
 */
export function backoff(config: BackoffConfig = {}): IRetryPolicy {
  const {
    initialDelay = 0,
    baseDelay = 1000,
    maxDelay = 30_000,
    maxRetries = Infinity,
    maxElapsed = Infinity,
    jitter = 0.2,
    random = Math.random,
  } = config;
  return {
    nextRetryDelayInMilliseconds({ previousRetryCount, elapsedMilliseconds }: RetryContext): number | null {
      if (previousRetryCount >= maxRetries || elapsedMilliseconds >= maxElapsed) return null;
      const delay =
        previousRetryCount === 0 ? initialDelay : Math.min(maxDelay, baseDelay * 2 ** (previousRetryCount - 1));
      return Math.max(0, Math.round(delay * (1 + jitter * (2 * random() - 1))));
    },
  };
}
