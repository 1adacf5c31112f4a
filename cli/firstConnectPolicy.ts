import type { IRetryPolicy, RetryContext } from '@microsoft/signalr';
import { backoff } from 'rxhub';

/**
 * RxHub's restart policy for the demo: until the hub has connected once, give up after `timeoutMs` (so an
 * unreachable server ends the demo with a `ConnectionFailedError`); after that, retry for ever with backoff, as a
 * dashboard should.
 */
export function firstConnectPolicy(timeoutMs: number, connectedOnce: () => boolean): IRetryPolicy {
  const retries = backoff({ initialDelay: 0, baseDelay: 500, maxDelay: 5_000 });
  return {
    nextRetryDelayInMilliseconds(context: RetryContext): number | null {
      if (!connectedOnce() && context.elapsedMilliseconds >= timeoutMs) return null;
      return retries.nextRetryDelayInMilliseconds(context);
    },
  };
}
