/** Exponential backoff with jitter, as used by `backoff`. */
export interface BackoffConfig {
  /** Delay before the first retry, in ms. Default 0: the first retry is immediate. */
  readonly initialDelay?: number;
  /** Delay before the second retry, in ms; each later one doubles it. Default 1000. */
  readonly baseDelay?: number;
  /** The longest delay, in ms. Default 30000. */
  readonly maxDelay?: number;
  /** How many retries before giving up. Default: no limit. */
  readonly maxRetries?: number;
  /** How long to keep retrying, in ms, before giving up. Default: no limit. */
  readonly maxElapsed?: number;
  /** Spread each delay by up to ± this fraction of it, so clients do not retry in step. Default 0.2. */
  readonly jitter?: number;
  /** The random source for the jitter, in [0, 1). Default `Math.random`. */
  readonly random?: () => number;
}
