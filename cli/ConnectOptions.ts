/** Where `connectMt4` connects and how it authenticates. */
export interface ConnectOptions {
  /** The MT4 hub's URL, e.g. `https://webapi.example.com/hubs/mt4/v1`. */
  readonly hubUrl: string;
  /** The trade platform the session is for. */
  readonly platform: string;
  /** A fixed bearer token, or: */
  readonly token?: string;
  /** client credentials for the token endpoint; the token is fetched again after every loss. */
  readonly credentials?: { readonly tokenUrl: string; readonly clientId: string; readonly clientSecret: string };
  /** Give up when the first connection has not succeeded after this long, in ms. */
  readonly connectTimeoutMs: number;
}
