import type * as t from 'io-ts';
import { ignoreElements, merge, type Observable } from 'rxjs';
import type { DecodePolicy } from '../core/DecodePolicy';
import type { RxHub } from '../core/RxHub';
import type { TopicSpec } from '../core/TopicSpec';
import type { CallOptions, Decoded } from './CallOptions';
import { ConnectArgs } from './codecs/ConnectArgs';
import { DebugArgs } from './codecs/DebugArgs';
import { MarginLevel } from './codecs/MarginLevel';
import { MT4ConnectionStatusArgs } from './codecs/MT4ConnectionStatusArgs';
import { OHLCS } from './codecs/OHLCS';
import { OnlineUpdateArgs } from './codecs/OnlineUpdateArgs';
import { SubscribeToTicksArgs } from './codecs/SubscribeToTicksArgs';
import { SymbolInfo } from './codecs/SymbolInfo';
import { SymbolUpdateArgs } from './codecs/SymbolUpdateArgs';
import { Tick } from './codecs/Tick';
import { TradeExEventPayload } from './codecs/TradeExEventPayload';
import { TradePlatformId } from './codecs/TradePlatformId';
import { UserUpdate } from './codecs/UserUpdate';
import { tickRoutes, type TickRoutes } from './internal/tickRoutes';
import { mt4Routes } from './mt4Routes';
import type { MT4HubConfig } from './MT4HubConfig';

/** The methods of each `SubscribeTo<name>` topic, spelled out: a template would build both names on every call. */
const methods = {
  Ticks: ['SubscribeToTicks', 'UnsubscribeFromTicks'],
  AllTicks: ['SubscribeToAllTicks', 'UnsubscribeFromAllTicks'],
  Symbols: ['SubscribeToSymbols', 'UnsubscribeFromSymbols'],
  OnlineUpdates: ['SubscribeToOnlineUpdates', 'UnsubscribeFromOnlineUpdates'],
} as const;

/**
 * The CPlugin WebAPI MT4 hub (`/hubs/mt4/v1`), bound to one trade platform: typed, validated observables.
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
  private readonly platform: TradePlatformId;
  private readonly tickRoutes: TickRoutes;
  /** The session's set-up: `Connect`, and the platform status it brings. Every topic of this hub requires it. */
  private readonly session: TopicSpec<MT4ConnectionStatusArgs>;

  constructor(
    /** The hub connection this facade runs on. */
    readonly hub: RxHub,
    private readonly config: MT4HubConfig,
  ) {
    this.platform = TradePlatformId.encode({ tradePlatform: config.tradePlatform }) as TradePlatformId;
    this.tickRoutes = tickRoutes(config.tradePlatform);
    this.session = {
      subscribe: { method: 'Connect', args: [this.connectArgs()] },
      routes: [{ route: mt4Routes.status, key: config.tradePlatform }],
      codec: MT4ConnectionStatusArgs,
      decode: config.decode,
      stage: 'setup',
    };
  }

  /** Invokes `Connect` once: `true` when the platform is up. The other calls connect by themselves. */
  connect(): Observable<boolean> {
    return this.hub.invoke<boolean>('Connect', this.connectArgs());
  }

  /** The platform's connection status (`OnMT4ConnectionStatus`), from the session's `Connect` on. */
  platformStatus<O extends CallOptions | undefined = undefined>(
    options?: O,
  ): Observable<Decoded<typeof MT4ConnectionStatusArgs, O>> {
    const session = options?.decode ? { ...this.session, decode: options.decode } : this.session;
    return this.hub.topic(session) as Observable<Decoded<typeof MT4ConnectionStatusArgs, O>>;
  }

  /** One symbol's ticks, from `OnTick` and batched `OnTicks` alike (`SubscribeToTicks`). */
  ticks<O extends CallOptions | undefined = undefined>(
    symbol: string,
    options?: O,
  ): Observable<Decoded<typeof Tick, O>> {
    const args = SubscribeToTicksArgs.encode({ tradePlatform: this.config.tradePlatform, symbol });
    return this.subscription('Ticks', args, this.routesOfTicks(symbol), Tick, options);
  }

  /** Every symbol's ticks (`SubscribeToAllTicks`). */
  allTicks<O extends CallOptions | undefined = undefined>(options?: O): Observable<Decoded<typeof Tick, O>> {
    return this.subscription('AllTicks', this.platform, this.routesOfTicks(this.tickRoutes.allTicksKey), Tick, options);
  }

  /** The server's candles (`OnTicksOHLC`), one by one, for the symbols whose ticks are subscribed. */
  ticksOHLC<O extends CallOptions | undefined = undefined>(options?: O): Observable<Decoded<typeof OHLCS, O>> {
    return this.listen(mt4Routes.ticksOHLC, OHLCS, options);
  }

  /** Margin levels of the platform's accounts, one by one (`OnMarginUpdate`). */
  margins<O extends CallOptions | undefined = undefined>(options?: O): Observable<Decoded<typeof MarginLevel, O>> {
    return this.listen(mt4Routes.margins, MarginLevel, options);
  }

  /** Symbol configuration changes (`SubscribeToSymbols`, `OnSymbolUpdate`). */
  symbols<O extends CallOptions | undefined = undefined>(options?: O): Observable<Decoded<typeof SymbolUpdateArgs, O>> {
    const routes = [{ route: mt4Routes.symbols, key: this.config.tradePlatform }];
    return this.subscription('Symbols', this.platform, routes, SymbolUpdateArgs, options);
  }

  /** Logins coming online and going offline (`SubscribeToOnlineUpdates`, `OnOnlineUpdate`). */
  onlineUpdates<O extends CallOptions | undefined = undefined>(
    options?: O,
  ): Observable<Decoded<typeof OnlineUpdateArgs, O>> {
    const routes = [{ route: mt4Routes.online, key: this.config.tradePlatform }];
    return this.subscription('OnlineUpdates', this.platform, routes, OnlineUpdateArgs, options);
  }

  /** The server's debug messages (`OnDebug`). */
  debug<O extends CallOptions | undefined = undefined>(options?: O): Observable<Decoded<typeof DebugArgs, O>> {
    return this.listen(mt4Routes.debug, DebugArgs, options);
  }

  /** Trades as they open, change and close (`StreamTrades`). */
  trades<O extends CallOptions | undefined = undefined>(
    options?: O,
  ): Observable<Decoded<typeof TradeExEventPayload, O>> {
    return this.stream('StreamTrades', TradeExEventPayload, options);
  }

  /** Every symbol's quote summary (`StreamAllTicks`). */
  tickStream<O extends CallOptions | undefined = undefined>(options?: O): Observable<Decoded<typeof SymbolInfo, O>> {
    return this.stream('StreamAllTicks', SymbolInfo, options);
  }

  /** Accounts in margin call or stop out (`StreamMarginCallUpdates`). */
  marginCallUpdates<O extends CallOptions | undefined = undefined>(
    options?: O,
  ): Observable<Decoded<typeof MarginLevel, O>> {
    return this.stream('StreamMarginCallUpdates', MarginLevel, options);
  }

  /** Changes to user accounts (`StreamUserUpdates`). */
  userUpdates<O extends CallOptions | undefined = undefined>(options?: O): Observable<Decoded<typeof UserUpdate, O>> {
    return this.stream('StreamUserUpdates', UserUpdate, options);
  }

  private connectArgs(): unknown {
    return ConnectArgs.encode({ tradePlatform: this.config.tradePlatform, timeoutMs: this.config.timeoutMs ?? 30_000 });
  }

  private routesOfTicks(key: string): TopicSpec<Tick>['routes'] {
    return [
      { route: this.tickRoutes.tick, key },
      { route: this.tickRoutes.ticks, key },
    ];
  }

  /** A `SubscribeTo<name>` / `UnsubscribeFrom<name>` topic of this platform. */
  private subscription<C extends t.Any, O extends CallOptions | undefined>(
    name: keyof typeof methods,
    arg: unknown,
    routes: TopicSpec<t.TypeOf<C>>['routes'],
    codec: C,
    options?: O,
  ): Observable<Decoded<C, O>> {
    const [subscribe, unsubscribe] = methods[name];
    // The topic keeps its spec: both calls share one arguments array.
    const args = [arg];
    return this.hub.topic({
      subscribe: { method: subscribe, args },
      unsubscribe: { method: unsubscribe, args },
      routes,
      codec,
      decode: this.policy(options),
      requires: this.session,
    }) as Observable<Decoded<C, O>>;
  }

  private listen<C extends t.Any, O extends CallOptions | undefined>(
    route: (typeof mt4Routes)[keyof typeof mt4Routes],
    codec: C,
    options?: O,
  ): Observable<Decoded<C, O>> {
    return this.hub.topic({
      routes: [{ route, key: this.config.tradePlatform }],
      codec,
      decode: this.policy(options),
      requires: this.session,
    }) as Observable<Decoded<C, O>>;
  }

  /** A stream of this platform, with the session held while it runs. */
  private stream<C extends t.Any, O extends CallOptions | undefined>(
    method: string,
    codec: C,
    options?: O,
  ): Observable<Decoded<C, O>> {
    const stream = this.hub.stream(method, this.platform).pipe(this.hub.decode(method, codec, this.policy(options)));
    return merge(this.hub.topic(this.session).pipe(ignoreElements()), stream) as Observable<Decoded<C, O>>;
  }

  private policy(options?: CallOptions): DecodePolicy | undefined {
    return options?.decode ?? this.config.decode;
  }
}
