import type * as t from 'io-ts';
import { ignoreElements, merge, type Observable } from 'rxjs';
import type { DecodePolicy } from '../core/DecodePolicy';
import type { RxHub } from '../core/RxHub';
import type { TopicSpec } from '../core/TopicSpec';
import type { CallOptions } from './CallOptions';
import { ConnectArgs } from './codecs/ConnectArgs';
import { DebugArgs } from './codecs/DebugArgs';
import { MarginLevel } from './codecs/MarginLevel';
import { MT4ConnectionStatusArgs } from './codecs/MT4ConnectionStatusArgs';
import { OHLCS } from './codecs/OHLCS';
import { OnlineUpdateArgs } from './codecs/OnlineUpdateArgs';
import { SubscribeToTicksArgs } from './codecs/SubscribeToTicksArgs';
import { SymbolInfo } from './codecs/SymbolInfo';
import { SymbolUpdateArgs } from './codecs/SymbolUpdateArgs';
import type { Tick } from './codecs/Tick';
import { TradeExEventPayload } from './codecs/TradeExEventPayload';
import { TradePlatformId } from './codecs/TradePlatformId';
import { UserUpdate } from './codecs/UserUpdate';
import { TickWithFastPass } from './internal/decodeTick';
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
 *
 * @example
 * ```ts
 * import { HubConnectionBuilder } from '@microsoft/signalr';
 * import { clientCredentials, MT4Hub, RxHub } from 'rxhub';
 *
 * const tokens = clientCredentials({
 *   tokenUrl: 'http://127.0.0.1:5080/connect/token',
 *   clientId: 'rxhub-demo',
 *   clientSecret: 'rxhub-secret',
 * });
 * const hub = new RxHub(
 *   () =>
 *     new HubConnectionBuilder()
 *       .withUrl('http://127.0.0.1:5080/hubs/mt4/v1', { accessTokenFactory: tokens.accessTokenFactory })
 *       .withAutomaticReconnect()
 *       .build(),
 *   { tokens },
 * );
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
  platformStatus(options?: CallOptions): Observable<MT4ConnectionStatusArgs> {
    return this.hub.topic(options?.decode ? { ...this.session, decode: options.decode } : this.session);
  }

  /** One symbol's ticks, from `OnTick` and batched `OnTicks` alike (`SubscribeToTicks`). */
  ticks(symbol: string, options?: CallOptions): Observable<Tick> {
    const args = SubscribeToTicksArgs.encode({ tradePlatform: this.config.tradePlatform, symbol });
    return this.subscription('Ticks', args, this.routesOfTicks(symbol), TickWithFastPass, options);
  }

  /** Every symbol's ticks (`SubscribeToAllTicks`). */
  allTicks(options?: CallOptions): Observable<Tick> {
    return this.subscription(
      'AllTicks',
      this.platform,
      this.routesOfTicks(this.tickRoutes.allTicksKey),
      TickWithFastPass,
      options,
    );
  }

  /** The server's candles (`OnTicksOHLC`), one by one, for the symbols whose ticks are subscribed. */
  ticksOHLC(options?: CallOptions): Observable<OHLCS> {
    return this.listen(mt4Routes.ticksOHLC, OHLCS, options);
  }

  /** Margin levels of the platform's accounts, one by one (`OnMarginUpdate`). */
  margins(options?: CallOptions): Observable<MarginLevel> {
    return this.listen(mt4Routes.margins, MarginLevel, options);
  }

  /** Symbol configuration changes (`SubscribeToSymbols`, `OnSymbolUpdate`). */
  symbols(options?: CallOptions): Observable<SymbolUpdateArgs> {
    const routes = [{ route: mt4Routes.symbols, key: this.config.tradePlatform }];
    return this.subscription('Symbols', this.platform, routes, SymbolUpdateArgs, options);
  }

  /** Logins coming online and going offline (`SubscribeToOnlineUpdates`, `OnOnlineUpdate`). */
  onlineUpdates(options?: CallOptions): Observable<OnlineUpdateArgs> {
    const routes = [{ route: mt4Routes.online, key: this.config.tradePlatform }];
    return this.subscription('OnlineUpdates', this.platform, routes, OnlineUpdateArgs, options);
  }

  /** The server's debug messages (`OnDebug`). */
  debug(options?: CallOptions): Observable<DebugArgs> {
    return this.listen(mt4Routes.debug, DebugArgs, options);
  }

  /** Trades as they open, change and close (`StreamTrades`). */
  trades(options?: CallOptions): Observable<TradeExEventPayload> {
    return this.stream('StreamTrades', TradeExEventPayload, options);
  }

  /** Every symbol's quote summary (`StreamAllTicks`). */
  tickStream(options?: CallOptions): Observable<SymbolInfo> {
    return this.stream('StreamAllTicks', SymbolInfo, options);
  }

  /** Accounts in margin call or stop out (`StreamMarginCallUpdates`). */
  marginCallUpdates(options?: CallOptions): Observable<MarginLevel> {
    return this.stream('StreamMarginCallUpdates', MarginLevel, options);
  }

  /** Changes to user accounts (`StreamUserUpdates`). */
  userUpdates(options?: CallOptions): Observable<UserUpdate> {
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
  private subscription<T>(
    name: keyof typeof methods,
    arg: unknown,
    routes: TopicSpec<T>['routes'],
    codec: t.Decoder<unknown, T>,
    options?: CallOptions,
  ): Observable<T> {
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
    });
  }

  private listen<T>(
    route: (typeof mt4Routes)[keyof typeof mt4Routes],
    codec: t.Decoder<unknown, T>,
    options?: CallOptions,
  ): Observable<T> {
    return this.hub.topic({
      routes: [{ route, key: this.config.tradePlatform }],
      codec,
      decode: this.policy(options),
      requires: this.session,
    });
  }

  /** A stream of this platform, with the session held while it runs. */
  private stream<T>(method: string, codec: t.Decoder<unknown, T>, options?: CallOptions): Observable<T> {
    const stream = this.hub.stream(method, this.platform).pipe(this.hub.decode(method, codec, this.policy(options)));
    return merge(this.hub.topic(this.session).pipe(ignoreElements()), stream);
  }

  private policy(options?: CallOptions): DecodePolicy | undefined {
    return options?.decode ?? this.config.decode;
  }
}
