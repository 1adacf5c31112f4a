import type { CreateRxHubOptions } from './CreateRxHubOptions';
import { hubParts } from './internal/hubParts';
import { RxHub } from './RxHub';

/**
 * An `RxHub` on the hub at `url`, in one call: its connections are built by `hubConnectionFactory`, and the token
 * provider is wired to both ends at once, feeding the connection's `accessTokenFactory` and told by the `RxHub`
 * when a token must be fetched again. Nothing connects yet: the first subscription starts the connection.
 *
 * For a `HubConnection` of your own, use the long form, `new RxHub(connectionOrFactory, config)`.
 *
 * ## Example
 * ```ts
 * import { createRxHub, TestHub } from 'rxhub';
 *
 * const hub = createRxHub('http://127.0.0.1:5080/hubs/test/v1', { linger: 1000 });
 * new TestHub(hub).clock().subscribe((time) => console.log(time.toISOString()));
 * ```
 *
 * @param url The hub's URL, e.g. `https://webapi.example.com/hubs/mt4/v1`; relative in a browser.
 * @param options Authentication (`credentials` or `accessTokenFactory`), then `hubConnectionFactory`'s options and
 * `RxHub`'s config.
 * @return A cold `RxHub`.
 * @throws TypeError when given both `credentials` and `accessTokenFactory`.
 */
export function createRxHub(url: string, options: CreateRxHubOptions = {}): RxHub {
  const { connect, config } = hubParts(url, options);
  return new RxHub(connect, config);
}
