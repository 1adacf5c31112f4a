import { defer, EMPTY, finalize, map, tap, type OperatorFunction, type SchedulerLike } from 'rxjs';
import { ohlc } from '../operators/ohlc';
import type { Period } from '../operators/Period';
import type { TimeframeConfig } from '../operators/TimeframeConfig';
import { timeOf } from '../operators/timeOf';
import type { Tick } from '../src/cplugin/codecs/Tick';
import type { OwnedCandle } from './OwnedCandle';
import type { OwnedCandlesConfig } from './OwnedCandlesConfig';

/**
 * `ohlc` for a symbol that a worker owns for a while: each candle says whether this subscription saw its whole
 * window (`partial: false`) or began, or lost ticks, after the window opened (`partial: true`).
 *
 * The server sends a symbol's ticks in time order from the moment of the subscription on, so every tick later than
 * the first one received is seen: a window that opens after that first tick is whole. An outage starts the count
 * again. Unsubscribing emits nothing, so a worker that gives a symbol up never closes its window early.
 *
 * ## Example
 * ```ts
 * import { createMT4Hub } from 'rxhub';
 * import { ownedCandles } from 'rxhub/nats';
 *
 * const mt4 = createMT4Hub('http://127.0.0.1:5080/hubs/mt4/v1', { tradePlatform: 'demo' });
 * mt4
 *   .ticks('EURUSD')
 *   .pipe(ownedCandles('M1'))
 *   .subscribe((candle) => console.log(candle.lastTime, candle.partial ? 'partial' : 'whole'));
 * ```
 *
 * @param timeframe The candle period, as for `ohlc`.
 * @param config `ohlc`'s settings, and the outages that make a window partial.
 * @param scheduler Closes the window of a quiet symbol, as for `ohlc`.
 * @return A function that turns one symbol's ticks into candles marked whole or partial.
 */
export function ownedCandles(
  timeframe: Period | TimeframeConfig,
  config: OwnedCandlesConfig = {},
  scheduler?: SchedulerLike,
): OperatorFunction<Tick, OwnedCandle> {
  const { outages = EMPTY, ...candleConfig } = config;
  return (ticks) =>
    defer(() => {
      /** The time of the first tick since the subscription or the latest outage: later windows are whole. */
      let since = NaN;
      const restart = outages.subscribe(() => (since = NaN));
      return ticks.pipe(
        tap((tick) => {
          if (Number.isNaN(since)) since = timeOf(tick.lastTime);
        }),
        ohlc(timeframe, candleConfig, scheduler),
        map((candle): OwnedCandle => ({ ...candle, partial: !(since < candle.lastTime.getTime()) })),
        finalize(() => restart.unsubscribe()),
      );
    });
}
