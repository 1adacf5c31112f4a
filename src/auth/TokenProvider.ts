/** Access tokens for a hub connection: pass `accessTokenFactory` to SignalR, and the provider to `RxHub` as `tokens`. */
export interface TokenProvider {
  /** A valid token: the cached one, or a new one when it is missing, expiring, or invalidated. */
  readonly accessTokenFactory: () => Promise<string>;
  /** Forgets the cached token, so that the next call fetches a new one. */
  invalidate(): void;
}
