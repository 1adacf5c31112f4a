/** Where and how `clientCredentials` gets its tokens (OAuth 2.0 client-credentials grant). */
export interface ClientCredentialsConfig {
  /** The token endpoint, e.g. `http://127.0.0.1:5080/connect/token`. */
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Requested scope, if the server wants one. */
  readonly scope?: string;
  /** Fetch a new token this long before the cached one expires, in ms; at most a fifth of its lifetime. Default 30000. */
  readonly refreshBefore?: number;
  /** The fetch to use. Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** The clock, in ms. Default `Date.now`. */
  readonly now?: () => number;
}
