import type { ClientCredentialsConfig } from '../auth/ClientCredentialsConfig';
import type { HubConnectionOptions } from './HubConnectionOptions';
import type { RxHubConfig } from './RxHubConfig';

/**
 * What `createRxHub` needs besides the hub's URL: how to authenticate (client credentials, or an access-token
 * factory, or neither for a hub that needs no token), how to build the connection (`hubConnectionFactory`'s
 * options) and how to run it (`RxHub`'s config, without `tokens`: `createRxHub` wires them itself).
 */
export interface CreateRxHubOptions extends HubConnectionOptions, Omit<RxHubConfig, 'tokens'> {
  /**
   * Client credentials for the OAuth 2.0 token endpoint, as `clientCredentials` takes them. Tokens are cached,
   * refreshed before they expire, and fetched afresh after every lost connection and once after a refused one.
   * `tokenUrl` defaults to `/connect/token` at the hub's origin, the WebAPI's (and the simulator's) layout; give it
   * when your token server is elsewhere. Not with `accessTokenFactory`.
   */
  readonly credentials?: Omit<ClientCredentialsConfig, 'tokenUrl'> & { readonly tokenUrl?: string };
  /**
   * Supplies the bearer token for every (re)connect, when you get tokens your own way; called again on every
   * reconnect, never invalidated by rxhub. Not with `credentials`.
   */
  readonly accessTokenFactory?: () => string | Promise<string>;
}
