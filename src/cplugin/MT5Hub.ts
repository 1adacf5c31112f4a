import { type Observable } from 'rxjs';
import type { Route } from '../core/Route';
import type { RxHub } from '../core/RxHub';
import type { CallOptions } from './CallOptions';
import { ConnectArgs2 } from './codecs/ConnectArgs2';
import { MT5ConnectionStatusArgs } from './codecs/MT5ConnectionStatusArgs';
import type { MT5HubConfig } from './MT5HubConfig';

/** `OnMT5ConnectionStatus(tradePlatform, connected)`: two positional arguments, keyed by the platform. */
const mt5Status: Route = {
  event: 'OnMT5ConnectionStatus',
  split: ([tradePlatform, connected], emit) => emit(String(tradePlatform), { tradePlatform, connected }, -1),
};

/**
 * The CPlugin WebAPI MT5 hub (`/hubs/mt5/v1`), bound to one trade platform. `createMT5Hub(url, options)` makes
 * one on its own `RxHub` in one call.
 *
 * @example
 * ```ts
 * import { createRxHub, MT5Hub } from 'rxhub';
 *
 * const hub = createRxHub('http://127.0.0.1:5080/hubs/mt5/v1', { accessTokenFactory: () => 'token' });
 * new MT5Hub(hub, { tradePlatform: 'demo' }).platformStatus().subscribe((status) => console.log(status.connected));
 * ```
 */
export class MT5Hub {
  constructor(
    /** The hub connection this facade runs on. */
    readonly hub: RxHub,
    private readonly config: MT5HubConfig,
  ) {}

  /** Invokes `Connect` once: `true` when the platform is up. */
  connect(): Observable<boolean> {
    return this.hub.invoke<boolean>('Connect', this.connectArgs());
  }

  /** The platform's connection status (`OnMT5ConnectionStatus`), from the session's `Connect` on. */
  platformStatus(options?: CallOptions): Observable<MT5ConnectionStatusArgs> {
    return this.hub.topic({
      subscribe: { method: 'Connect', args: [this.connectArgs()] },
      routes: [{ route: mt5Status, key: this.config.tradePlatform }],
      codec: MT5ConnectionStatusArgs,
      decode: options?.decode ?? this.config.decode,
      stage: 'setup',
    });
  }

  private connectArgs(): unknown {
    return ConnectArgs2.encode({
      tradePlatform: this.config.tradePlatform,
      timeoutMs: this.config.timeoutMs ?? 30_000,
    });
  }
}
