import type { IRetryPolicy, RetryContext } from '@microsoft/signalr';
import { backoff } from 'rxhub';

/**
 * RxHub's restart policy for a command-line program: until the hub has connected once, give up after `timeoutMs`
 * (so an unreachable server ends the program with a `ConnectionFailedError`); after that, retry for ever with
 * backoff, as a dashboard or a bot should.
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
