import type { InjectionToken, Signal } from '@angular/core';
import type { CreateRxHubOptions } from '../src/core/CreateRxHubOptions';
import type { HubConnectionLike } from '../src/core/HubConnectionLike';
import type { RxHub } from '../src/core/RxHub';

/**
 * What `provideRxHub` connects to, and how: `createRxHub`'s options, where the URL and the credentials may be
 * signals. When a signal changes, the hub moves to a new connection (a gap), and every subscriber stays.
 */
export interface RxHubProviderConfig extends Omit<CreateRxHubOptions, 'credentials'> {
  /** The hub's URL, e.g. `https://webapi.example.com/hubs/mt4/v1`, or a signal of it. */
  readonly url?: string | Signal<string>;
  /**
   * Client credentials for the OAuth 2.0 token endpoint (`tokenUrl` defaults to `/connect/token` at the hub's
   * origin), or a signal of them. Not with `accessTokenFactory`, which may be a signal an auth library keeps
   * fresh: it is read at every (re)connect.
   */
  readonly credentials?: CreateRxHubOptions['credentials'] | Signal<CreateRxHubOptions['credentials']>;
  /**
   * Instead of `url`: the connection, or a factory of it, e.g. `TestHubConnection` from `rxhub/testing`. A factory
   * that reads signals is called again when they change, and the hub moves to the new connection.
   */
  readonly connection?: HubConnectionLike | (() => HubConnectionLike);
  /** The token to provide the hub under, for an app with several hubs. Default `RX_HUB`. */
  readonly token?: InjectionToken<RxHub>;
}
