import { createRxHub } from '../core/createRxHub';
import type { CreateMT5HubOptions } from './CreateMT5HubOptions';
import { MT5Hub } from './MT5Hub';

/**
 * An `MT5Hub` for one trade platform on its own `RxHub` (`mt5.hub`), in one call: `createRxHub` with the
 * credentials or token factory, then the hub bound to `tradePlatform`. Nothing connects yet: the first subscription
 * starts the connection and the platform's `Connect`.
 *
 * ## Example
 * ```ts
 * import { createMT5Hub } from 'rxhub';
 *
 * const mt5 = createMT5Hub('http://127.0.0.1:5080/hubs/mt5/v1', {
 *   tradePlatform: 'demo',
 *   credentials: { clientId: 'rxhub-demo', clientSecret: 'rxhub-secret' },
 * });
 * mt5.platformStatus().subscribe(({ tradePlatform, connected }) => console.log(tradePlatform, connected));
 * ```
 *
 * @param url The MT5 hub's URL, e.g. `https://webapi.example.com/hubs/mt5/v1`.
 * @param options The trade platform, authentication (`credentials` or `accessTokenFactory`), and `createRxHub`'s
 * other options.
 * @return A cold `MT5Hub`.
 * @throws TypeError when given both `credentials` and `accessTokenFactory`.
 */
export function createMT5Hub(url: string, options: CreateMT5HubOptions): MT5Hub {
  const { tradePlatform, timeoutMs, decode } = options;
  // Only the hub's own fields: the options hold the client secret, which the hub would keep for its lifetime.
  return new MT5Hub(createRxHub(url, options), { tradePlatform, timeoutMs, decode });
}
