import type { Observable } from 'rxjs';
import { ContractHub } from '../contract/ContractHub';
import type { RxHub } from '../core/RxHub';
import type { CallOptions } from './CallOptions';
import type { ConnectArgs2 } from './codecs/ConnectArgs2';
import type { MT5ConnectionStatusArgs } from './codecs/MT5ConnectionStatusArgs';
import { mt5Contract } from './mt5Contract';
import type { MT5HubConfig } from './MT5HubConfig';

/**
 * The CPlugin WebAPI MT5 hub (`/hubs/mt5/v1`), bound to one trade platform, made by a `ContractHub` of
 * `mt5Contract`. `createMT5Hub(url, options)` makes one on its own `RxHub` in one call.
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
  private readonly api: ContractHub<typeof mt5Contract>;
  private readonly connectArgs: ConnectArgs2;

  constructor(
    /** The hub connection this facade runs on. */
    readonly hub: RxHub,
    config: MT5HubConfig,
  ) {
    this.connectArgs = { tradePlatform: config.tradePlatform, timeoutMs: config.timeoutMs ?? 30_000 };
    this.api = new ContractHub(hub, mt5Contract, { decode: config.decode });
  }

  /** Invokes `Connect` once: `true` when the platform is up. */
  connect(): Observable<boolean> {
    return this.api.invoke('Connect', this.connectArgs);
  }

  /** The platform's connection status (`OnMT5ConnectionStatus`), from the session's `Connect` on. */
  platformStatus(options?: CallOptions): Observable<MT5ConnectionStatusArgs> {
    return this.api.withDecode(options?.decode).topic('status', this.connectArgs);
  }
}
