import type { BackoffConfig } from '../src/core/BackoffConfig';

/** How `reconnectWithResubscription` retries: backoff with jitter, and which errors it retries. */
export interface ReconnectConfig extends BackoffConfig {
  /**
   * Whether an error is worth a retry. Default: a call cut short by a lost connection, or a hub that could not
   * reconnect; never an authentication failure, a hub method's own error, or a decode error.
   */
  readonly retryable?: (error: unknown) => boolean;
}
