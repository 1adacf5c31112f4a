import { computed, Injectable, inject, signal, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { HubConnectionState } from '@microsoft/signalr';
import type { Gap, Tick } from 'rxhub';
import { injectConnectionState, injectGaps, injectHubErrors, MT4_HUB, RX_HUB } from 'rxhub/angular';
import { conflate, ohlc, type Candle } from 'rxhub/operators';
import { animationFrameScheduler, catchError, EMPTY, filter, map, merge, scan, type Observable } from 'rxjs';
import { HUB_CONFIG } from './hub-config';

export type Direction = 'up' | 'down' | 'flat';

/** A symbol's latest quote, with the direction of its last bid move. */
export interface Quote {
  readonly symbol: string;
  readonly bid: number;
  readonly ask: number;
  /** Ask minus bid, in price units. */
  readonly spread: number;
  /** Decimal places to show, read off the prices (at most 5). */
  readonly digits: number;
  readonly direction: Direction;
  /** The server time of the quote. */
  readonly time: Date | null;
  /** Ticks seen for this symbol since the board opened. */
  readonly updates: number;
}

/** One row of the board: the symbol, and its quote once the first tick is in. */
export interface BoardRow {
  readonly symbol: string;
  readonly quote?: Quote;
}

export interface StateChange {
  readonly state: HubConnectionState;
  readonly at: Date;
}

/**
 * The quotes of the app's one MT4 hub, provided by `provideRxHub` and `provideMT4Hub` (see `main.ts`). Observables
 * are cold and ref-counted by rxhub: the connection opens with the first subscriber and each symbol is subscribed
 * on the server once, however many components show it. After a lost connection rxhub reconnects and resubscribes
 * by itself; the components only see a gap (`gapCount`), never an error.
 */
@Injectable({ providedIn: 'root' })
export class QuotesService {
  readonly config = inject(HUB_CONFIG);
  private readonly mt4 = inject(MT4_HUB);

  /** The connection state: Disconnected, Connecting, Connected, Reconnecting or Disconnecting. */
  readonly state: Signal<HubConnectionState> = injectConnectionState();

  /** The last state changes, oldest first: a reconnect is seen here even when it takes a few milliseconds. */
  readonly stateLog: Signal<readonly StateChange[]> = toSignal(
    inject(RX_HUB).state$.pipe(
      scan((log: readonly StateChange[], state) => [...log, { state, at: new Date() }].slice(-10), []),
    ),
    { requireSync: true },
  );

  private readonly gaps = injectGaps({ keep: 1 });
  /** Gaps in the connection since the app started (`gaps$`: one per reconnect, once resubscribed). */
  readonly gapCount = computed(() => this.gaps().count);
  readonly lastGap: Signal<Gap | undefined> = computed(() => this.gaps().recent[0]);

  private readonly errors = injectHubErrors({ keep: 0 });
  /** Payloads that failed their codec and were skipped (`errors$`). */
  readonly skipped = computed(() => this.errors().count);

  private readonly failureSignal = signal<string | undefined>(undefined);
  /** Why the quotes stopped for good (refused credentials, or a retry policy that gave up), if they did. */
  readonly failure: Signal<string | undefined> = this.failureSignal.asReadonly();

  /** One symbol's quotes, tick by tick. */
  quote(symbol: string): Observable<Quote> {
    return this.mt4.ticks(symbol).pipe(
      scan((previous: Quote | undefined, tick) => toQuote(symbol, tick, previous), undefined),
      filter((quote): quote is Quote => quote !== undefined),
    );
  }

  /**
   * The board: one row per symbol, in the order given, each with its latest quote. Quotes are conflated to the
   * latest per symbol per animation frame (`conflate`), so a burst of ticks costs one render, not one per tick;
   * direction and tick count are worked out before, from every tick.
   */
  board(symbols: readonly string[]): Observable<readonly BoardRow[]> {
    return merge(...symbols.map((symbol) => this.quote(symbol))).pipe(
      conflate((quote) => quote.symbol, animationFrameScheduler),
      scan((latest, quote) => new Map(latest).set(quote.symbol, quote), new Map<string, Quote>()),
      map((latest) => symbols.map((symbol) => ({ symbol, quote: latest.get(symbol) }))),
      this.failSoftly(),
    );
  }

  /**
   * A symbol's last `count` M1 candles (`ohlc`), the newest last. The one still forming is updated at most four
   * times a second and replaced by its final version when its minute closes.
   */
  candles(symbol: string, count: number): Observable<readonly Candle[]> {
    return this.mt4.ticks(symbol).pipe(
      ohlc('M1', { forming: 250 }),
      scan((candles: readonly Candle[], candle) => upsert(candles, candle, count), []),
      this.failSoftly(),
    );
  }

  /** Ends the stream quietly on a fatal error, and says why on `failure`. */
  failSoftly<T>(): (source: Observable<T>) => Observable<T> {
    return (source) =>
      source.pipe(
        catchError((error: unknown) => {
          this.failureSignal.set(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
          return EMPTY;
        }),
      );
  }
}

function toQuote(symbol: string, tick: Tick, previous: Quote | undefined): Quote {
  const direction: Direction =
    previous === undefined || tick.bid === previous.bid ? 'flat' : tick.bid > previous.bid ? 'up' : 'down';
  return {
    symbol,
    bid: tick.bid,
    ask: tick.ask,
    spread: tick.ask - tick.bid,
    digits: Math.max(previous?.digits ?? 0, decimals(tick.bid), decimals(tick.ask)),
    direction,
    time: tick.lastTime ?? null,
    updates: (previous?.updates ?? 0) + 1,
  };
}

/** Puts a candle in its place: it replaces an earlier version of the same window, or comes last. */
function upsert(candles: readonly Candle[], candle: Candle, count: number): readonly Candle[] {
  const time = candle.lastTime.getTime();
  const last = candles[candles.length - 1];
  if (last && last.lastTime.getTime() === time) return [...candles.slice(0, -1), candle];
  const index = candles.findIndex((c) => c.lastTime.getTime() === time);
  if (index >= 0) return candles.map((c, i) => (i === index ? candle : c));
  return [...candles, candle].sort((a, b) => a.lastTime.getTime() - b.lastTime.getTime()).slice(-count);
}

/** The decimal places of a price as the server sent it, at most 5. */
export function decimals(price: number): number {
  const text = String(price);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(5, text.length - dot - 1);
}
