import type { Observable } from 'rxjs';
import { ContractHub } from '../contract/ContractHub';
import type { RxHub } from '../core/RxHub';
import type { CallOptions, Decoded } from './CallOptions';
import type { ConnectArgs } from './codecs/ConnectArgs';
import type { DebugArgs } from './codecs/DebugArgs';
import type { MarginLevel } from './codecs/MarginLevel';
import type { MT4ConnectionStatusArgs } from './codecs/MT4ConnectionStatusArgs';
import type { OHLCS } from './codecs/OHLCS';
import type { OnlineUpdateArgs } from './codecs/OnlineUpdateArgs';
import type { SymbolInfo } from './codecs/SymbolInfo';
import type { SymbolUpdateArgs } from './codecs/SymbolUpdateArgs';
import type { Tick } from './codecs/Tick';
import type { TradeExEventPayload } from './codecs/TradeExEventPayload';
import type { TradePlatformId } from './codecs/TradePlatformId';
import type { UserUpdate } from './codecs/UserUpdate';
import { mt4Contract } from './mt4Contract';
import type { MT4HubConfig } from './MT4HubConfig';

/**
 * The CPlugin WebAPI MT4 hub (`/hubs/mt4/v1`), bound to one trade platform: typed, validated observables, made by
 * a `ContractHub` of `mt4Contract`.
 *
 * Every observable needs the platform's `Connect`, and makes it as the session's set-up step: once, however many
 * observables are active, and again first thing after every reconnect, before the topics are resubscribed.
 * A call with `{ decode: 'trust' }` decodes nothing, and its items are typed as the wire sends them (`Decoded`).
 *
 * `createMT4Hub(url, options)` makes one on its own `RxHub` in one call; the constructor is for an `RxHub` you
 * already have, which may carry an `MT4Hub` per trade platform.
 *
 * @example
 * ```ts
 * import { createRxHub, MT4Hub } from 'rxhub';
 *
 * const hub = createRxHub('http://127.0.0.1:5080/hubs/mt4/v1', {
 *   credentials: { clientId: 'rxhub-demo', clientSecret: 'rxhub-secret' },
 * });
 * const mt4 = new MT4Hub(hub, { tradePlatform: 'demo' });
 * mt4.ticks('EURUSD').subscribe((tick) => console.log(tick.symbol, tick.bid, tick.ask));
 * ```
 */
export class MT4Hub {
  private readonly api: ContractHub<typeof mt4Contract>;
  private readonly platform: TradePlatformId;
  private readonly connectArgs: ConnectArgs;

  constructor(
    /** The hub connection this facade runs on. */
    readonly hub: RxHub,
    config: MT4HubConfig,
  ) {
    this.platform = { tradePlatform: config.tradePlatform };
    this.connectArgs = { tradePlatform: config.tradePlatform, timeoutMs: config.timeoutMs ?? 30_000 };
    this.api = new ContractHub(hub, mt4Contract, { decode: config.decode, session: ['status', this.connectArgs] });
  }

  /** Invokes `Connect` once: `true` when the platform is up. The other calls connect by themselves. */
  connect(): Observable<boolean> {
    return this.api.invoke('Connect', this.connectArgs);
  }

  /** The platform's connection status (`OnMT4ConnectionStatus`), from the session's `Connect` on. */
  platformStatus<O extends CallOptions | undefined = undefined>(
    options?: O,
  ): Observable<Decoded<typeof MT4ConnectionStatusArgs, O>> {
    return this.with(options).topic('status', this.connectArgs) as Observable<
      Decoded<typeof MT4ConnectionStatusArgs, O>
    >;
  }

  /** One symbol's ticks, from `OnTick` and batched `OnTicks` alike (`SubscribeToTicks`). */
  ticks<O extends CallOptions | undefined = undefined>(
    symbol: string,
    options?: O,
  ): Observable<Decoded<typeof Tick, O>> {
    return this.with(options).topic('ticks', { tradePlatform: this.platform.tradePlatform, symbol }) as Observable<
      Decoded<typeof Tick, O>
    >;
  }

  /** Every symbol's ticks (`SubscribeToAllTicks`). */
  allTicks<O extends CallOptions | undefined = undefined>(options?: O): Observable<Decoded<typeof Tick, O>> {
    return this.with(options).topic('allTicks', this.platform) as Observable<Decoded<typeof Tick, O>>;
  }

  /** The server's candles (`OnTicksOHLC`), one by one, for the symbols whose ticks are subscribed. */
  ticksOHLC<O extends CallOptions | undefined = undefined>(options?: O): Observable<Decoded<typeof OHLCS, O>> {
    return this.with(options).topic('ticksOHLC', this.platform) as Observable<Decoded<typeof OHLCS, O>>;
  }

  /** Margin levels of the platform's accounts, one by one (`OnMarginUpdate`). */
  margins<O extends CallOptions | undefined = undefined>(options?: O): Observable<Decoded<typeof MarginLevel, O>> {
    return this.with(options).topic('margins', this.platform) as Observable<Decoded<typeof MarginLevel, O>>;
  }

  /** Symbol configuration changes (`SubscribeToSymbols`, `OnSymbolUpdate`). */
  symbols<O extends CallOptions | undefined = undefined>(options?: O): Observable<Decoded<typeof SymbolUpdateArgs, O>> {
    return this.with(options).topic('symbols', this.platform) as Observable<Decoded<typeof SymbolUpdateArgs, O>>;
  }

  /** Logins coming online and going offline (`SubscribeToOnlineUpdates`, `OnOnlineUpdate`). */
  onlineUpdates<O extends CallOptions | undefined = undefined>(
    options?: O,
  ): Observable<Decoded<typeof OnlineUpdateArgs, O>> {
    return this.with(options).topic('onlineUpdates', this.platform) as Observable<Decoded<typeof OnlineUpdateArgs, O>>;
  }

  /** The server's debug messages (`OnDebug`). */
  debug<O extends CallOptions | undefined = undefined>(options?: O): Observable<Decoded<typeof DebugArgs, O>> {
    return this.with(options).topic('debug', this.platform) as Observable<Decoded<typeof DebugArgs, O>>;
  }

  /** Trades as they open, change and close (`StreamTrades`). */
  trades<O extends CallOptions | undefined = undefined>(
    options?: O,
  ): Observable<Decoded<typeof TradeExEventPayload, O>> {
    return this.with(options).stream('StreamTrades', this.platform) as Observable<
      Decoded<typeof TradeExEventPayload, O>
    >;
  }

  /** Every symbol's quote summary (`StreamAllTicks`). */
  tickStream<O extends CallOptions | undefined = undefined>(options?: O): Observable<Decoded<typeof SymbolInfo, O>> {
    return this.with(options).stream('StreamAllTicks', this.platform) as Observable<Decoded<typeof SymbolInfo, O>>;
  }

  /** Accounts in margin call or stop out (`StreamMarginCallUpdates`). */
  marginCallUpdates<O extends CallOptions | undefined = undefined>(
    options?: O,
  ): Observable<Decoded<typeof MarginLevel, O>> {
    return this.with(options).stream('StreamMarginCallUpdates', this.platform) as Observable<
      Decoded<typeof MarginLevel, O>
    >;
  }

  /** Changes to user accounts (`StreamUserUpdates`). */
  userUpdates<O extends CallOptions | undefined = undefined>(options?: O): Observable<Decoded<typeof UserUpdate, O>> {
    return this.with(options).stream('StreamUserUpdates', this.platform) as Observable<Decoded<typeof UserUpdate, O>>;
  }

  private with(options?: CallOptions): ContractHub<typeof mt4Contract> {
    return this.api.withDecode(options?.decode);
  }
}
