import type { InjectionToken, Signal } from '@angular/core';
import type { ClientCredentialsConfig } from '../src/auth/ClientCredentialsConfig';
import type { HubConnectionLike } from '../src/core/HubConnectionLike';
import type { HubConnectionOptions } from '../src/core/HubConnectionOptions';
import type { RxHub } from '../src/core/RxHub';
import type { RxHubConfig } from '../src/core/RxHubConfig';

/** What `provideRxHub` connects to, and how. */
export interface RxHubProviderConfig {
  /** The hub's URL, e.g. `https://api.example.com/hubs/mt4/v1`; a signal is read when the connection is made. */
  readonly url?: string | Signal<string>;
  /**
   * The bearer token, asked for at every (re)connect: a function, or a signal that an auth library keeps fresh.
   */
  readonly accessToken?: () => string | Promise<string>;
  /**
   * Client credentials for the OAuth 2.0 token endpoint (`clientCredentials`); RxHub refreshes the token after a
   * lost connection or a refused token. A signal: new credentials are used from the next token on.
   */
  readonly credentials?: ClientCredentialsConfig | Signal<ClientCredentialsConfig>;
  /** Instead of `url`: the connection, or a factory of it, e.g. `TestHubConnection` from `rxhub/testing`. */
  readonly connection?: HubConnectionLike | (() => HubConnectionLike);
  /** How the SignalR connection is built from `url` (transports, reconnect, logging). */
  readonly options?: Omit<HubConnectionOptions, 'accessTokenFactory'>;
  /** How RxHub runs the connection (linger, restart, decode, scheduler). */
  readonly hub?: Omit<RxHubConfig, 'tokens'>;
  /** The token to provide the hub under, for an app with several hubs. Default `RX_HUB`. */
  readonly token?: InjectionToken<RxHub>;
}
