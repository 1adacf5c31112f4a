import { createRxHub } from '../core/createRxHub';
import type { CreateMT4HubOptions } from './CreateMT4HubOptions';
import { MT4Hub } from './MT4Hub';

/**
 * An `MT4Hub` for one trade platform on its own `RxHub` (`mt4.hub`), in one call: `createRxHub` with the
 * credentials or token factory, then the hub bound to `tradePlatform`. Nothing connects yet: the first subscription
 * starts the connection and the platform's `Connect`.
 *
 * For several platforms on one connection, or a `HubConnection` of your own, use the long form:
 * `new MT4Hub(rxHub, { tradePlatform })`.
 *
 * ## Example
 * ```ts
 * import { createMT4Hub } from 'rxhub';
 *
 * const mt4 = createMT4Hub('http://127.0.0.1:5080/hubs/mt4/v1', {
 *   tradePlatform: 'demo',
 *   credentials: { clientId: 'rxhub-demo', clientSecret: 'rxhub-secret' },
 * });
 * mt4.ticks('EURUSD').subscribe((tick) => console.log(tick.bid, tick.ask));
 * ```
 *
 * @param url The MT4 hub's URL, e.g. `https://webapi.example.com/hubs/mt4/v1`.
 * @param options The trade platform, authentication (`credentials` or `accessTokenFactory`), and `createRxHub`'s
 * other options.
 * @return A cold `MT4Hub`.
 * @throws TypeError when given both `credentials` and `accessTokenFactory`.
 */
export function createMT4Hub(url: string, options: CreateMT4HubOptions): MT4Hub {
  const { tradePlatform, timeoutMs, decode } = options;
  // Only the hub's own fields: the options hold the client secret, which the hub would keep for its lifetime.
  return new MT4Hub(createRxHub(url, options), { tradePlatform, timeoutMs, decode });
}
