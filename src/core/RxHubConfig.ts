import type { IRetryPolicy } from '@microsoft/signalr';
import type { SchedulerLike } from 'rxjs';
import type { BackoffConfig } from './BackoffConfig';
import type { DecodePolicy } from './DecodePolicy';

/** How an `RxHub` runs its connection. */
export interface RxHubConfig {
  /** How long the connection stays up after the last subscriber has left, in ms. Default 0. */
  readonly linger?: number;
  /**
   * How RxHub restarts the connection itself: after a failed first start (which SignalR never retries), after
   * SignalR's automatic reconnect gives up, or after the server closed the connection. Retries go on while anyone
   * is subscribed, until the policy returns `null`, or until the server has closed the connection with an error
   * five times in a row (it refuses). Read through `retryPolicy`. Default: `backoff()`, which never gives up.
   */
  readonly restart?: IRetryPolicy | BackoffConfig;
  /** What to do with payloads that fail their codec. Default `report`. */
  readonly decode?: DecodePolicy;
  /** Whether a start error means the credentials were refused; those are never retried. Default `isAuthError`. */
  readonly isAuthError?: (error: unknown) => boolean;
  /**
   * The access-token provider behind the connection's `accessTokenFactory`, if any. RxHub invalidates its token
   * whenever the connection is lost, so that every reconnect fetches a fresh one, and once more when the server
   * refuses a token, retrying before it gives up with an `AuthenticationError`.
   */
  readonly tokens?: { invalidate(): void };
  /** Runs the linger and restart timers. Default `asyncScheduler`. */
  readonly scheduler?: SchedulerLike;
}
