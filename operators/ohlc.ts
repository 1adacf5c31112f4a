import type * as t from 'io-ts';
import { asyncScheduler, type OperatorFunction, type SchedulerLike } from 'rxjs';
import type { Tick } from '../src/cplugin/codecs/Tick';
import type { Candle } from './Candle';
import type { CandleConfig } from './CandleConfig';
import { candles } from './candles';
import type { Fold } from './Fold';
import { isScheduler } from './isScheduler';
import type { Period } from './Period';
import type { TimeframeConfig } from './TimeframeConfig';
import { timeOf } from './timeOf';

/** A tick decoded, or as the wire sends it (the `trust` decode policy), with `lastTime` an ISO string. */
export type TickIn = Tick | t.OutputOf<typeof Tick>;

export function ohlc<T extends TickIn>(
  timeframe: Period | TimeframeConfig,
  scheduler?: SchedulerLike,
): OperatorFunction<T, Candle>;
export function ohlc<T extends TickIn>(
  timeframe: Period | TimeframeConfig,
  config?: CandleConfig<T>,
  scheduler?: SchedulerLike,
): OperatorFunction<T, Candle>;
/**
 * Builds candles from ticks, per symbol, in windows aligned to the epoch on the trade server's clock.
 *
 * Each tick goes to the window that holds its own `lastTime` (event time). A symbol's window closes, and its
 * candle is emitted with `complete: true`, when a tick of a later window arrives for that symbol, when the symbol
 * stays quiet for `grace` after the end of the window, or when the source completes. Bid and ask are tracked on
 * their own: `maximum.bid` is the highest bid, `maximum.ask` the highest ask. `lastTime` is the window's start and
 * `volume` the tick count, as in MetaTrader, so these candles are interchangeable with the server's `OHLCS`.
 *
 * A tick without a symbol or a time is dropped (`config.dropped` hears of it). Trusted ticks (the `trust` decode
 * policy) are taken as they are, their `lastTime` an ISO string read as `DateTime` reads it: a time without an
 * offset is UTC, whatever the local time zone. Memory is one small record per symbol.
 *
 * ## Example
 * ```ts
 * import { HubConnectionBuilder } from '@microsoft/signalr';
 * import { MT4Hub, RxHub } from 'rxhub';
 * import { ohlc } from 'rxhub/operators';
 *
 * const rx = new RxHub(() => new HubConnectionBuilder().withUrl('http://127.0.0.1:5080/hubs/mt4/v1').build());
 * const mt4 = new MT4Hub(rx, { tradePlatform: 'demo' });
 * mt4
 *   .ticks('EURUSD')
 *   .pipe(ohlc('M1', { forming: 250 }))
 *   .subscribe((candle) => console.log(candle.lastTime, candle.close.bid, candle.complete ? 'final' : 'forming'));
 * ```
 *
 * @see {@link rollup} to build larger candles from these.
 * @param timeframe `'M1'` … `'W1'`, a whole number of seconds, or a period with a server offset and week start.
 * @param config Forming updates, late ticks, gaps and the flush of quiet symbols.
 * @param scheduler Gives the processing time for the flush and the throttle. Default `asyncScheduler`.
 * @return A function that returns an Observable of candles.
 */
export function ohlc<T extends TickIn>(
  timeframe: Period | TimeframeConfig,
  config: CandleConfig<T> | SchedulerLike = {},
  scheduler: SchedulerLike = asyncScheduler,
): OperatorFunction<T, Candle> {
  return isScheduler(config) ? candles(timeframe, {}, config, ticks) : candles(timeframe, config, scheduler, ticks);
}

const ticks: Fold<TickIn> = {
  symbol: (tick) => tick.symbol,
  time: (tick) => timeOf(tick.lastTime),
  open: (bar, tick) => {
    bar.openBid = bar.highBid = bar.lowBid = bar.closeBid = tick.bid;
    bar.openAsk = bar.highAsk = bar.lowAsk = bar.closeAsk = tick.ask;
    bar.volume = 1;
  },
  add: (bar, tick, time) => {
    if (time < bar.openTime) {
      bar.openTime = time;
      bar.openBid = tick.bid;
      bar.openAsk = tick.ask;
    }
    if (time >= bar.seen) {
      bar.closeBid = tick.bid;
      bar.closeAsk = tick.ask;
    }
    if (tick.bid > bar.highBid) bar.highBid = tick.bid;
    if (tick.ask > bar.highAsk) bar.highAsk = tick.ask;
    if (tick.bid < bar.lowBid) bar.lowBid = tick.bid;
    if (tick.ask < bar.lowAsk) bar.lowAsk = tick.ask;
    bar.volume++;
  },
};
