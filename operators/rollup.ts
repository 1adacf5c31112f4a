import type * as t from 'io-ts';
import { asyncScheduler, type OperatorFunction, type SchedulerLike } from 'rxjs';
import type { OHLCS } from '../src/cplugin/codecs/OHLCS';
import type { Candle } from './Candle';
import type { CandleConfig } from './CandleConfig';
import { candles } from './candles';
import type { Fold } from './Fold';
import { isScheduler } from './isScheduler';
import type { Period } from './Period';
import type { TimeframeConfig } from './TimeframeConfig';
import { timeOf } from './timeOf';

/** A candle decoded, or as the wire sends it (the `trust` decode policy), with `lastTime` an ISO string. */
export type OHLCSIn = OHLCS | t.OutputOf<typeof OHLCS>;

export function rollup<T extends OHLCSIn>(
  timeframe: Period | TimeframeConfig,
  scheduler?: SchedulerLike,
): OperatorFunction<T, Candle>;
export function rollup<T extends OHLCSIn>(
  timeframe: Period | TimeframeConfig,
  config?: CandleConfig<T>,
  scheduler?: SchedulerLike,
): OperatorFunction<T, Candle>;
/**
 * Builds larger candles from smaller ones (M1 into M5, M5 into H1 …), per symbol, with the windows of `ohlc`.
 *
 * Takes candles from `ohlc` or the server's `OHLCS`. A candle with the same `symbol` and `lastTime` as the one
 * before it is an update of that sub-candle and replaces it (its volume is not counted twice), so forming updates
 * may be fed in. The open is the earliest sub-candle's, the close the latest's, the maximum and minimum the
 * extremes, the volume the sum; for ticks in order, `rollup(M5)` of `ohlc(M1)` equals `ohlc(M5)`. A sub-candle is
 * placed by its `lastTime` (its start), so the period should be a multiple of the sub-candles' period. A larger
 * window closes when a sub-candle of a later window arrives (feed forming updates for a prompt close), after the
 * `grace` flush, or when the source completes. A candle without a symbol, time or price is dropped as invalid.
 * Trusted candles (the `trust` decode policy) are taken as they are, their `lastTime` read as `ohlc` reads it.
 *
 * ## Example
 * ```ts
 * import { from } from 'rxjs';
 * import { ohlc, rollup } from 'rxhub/operators';
 *
 * const ticks = [0, 70_000, 130_000, 310_000].map((ms, i) => ({
 *   symbol: 'EURUSD',
 *   bid: 1.1 + i / 1e4,
 *   ask: 1.1002 + i / 1e4,
 *   lastTime: new Date(ms),
 * }));
 * from(ticks)
 *   .pipe(ohlc('M1'), rollup('M5'))
 *   .subscribe((m5) => console.log(m5.lastTime.toISOString(), m5.volume)); // 00:00 3, then 00:05 1
 * ```
 *
 * @see {@link ohlc} for the windows, the late-item policy and the flush.
 * @param timeframe The larger period: `'M5'` … `'W1'`, whole seconds, or a period with a server offset and week start.
 * @param config Forming updates, late candles, gaps and the flush of quiet symbols.
 * @param scheduler Gives the processing time for the flush and the throttle. Default `asyncScheduler`.
 * @return A function that returns an Observable of the larger candles.
 */
export function rollup<T extends OHLCSIn>(
  timeframe: Period | TimeframeConfig,
  config: CandleConfig<T> | SchedulerLike = {},
  scheduler: SchedulerLike = asyncScheduler,
): OperatorFunction<T, Candle> {
  return isScheduler(config) ? candles(timeframe, {}, config, parts) : candles(timeframe, config, scheduler, parts);
}

const parts: Fold<OHLCSIn> = {
  symbol: (candle) => candle.symbol,
  time: ({ lastTime, open, maximum, minimum, close }) => (open && maximum && minimum && close ? timeOf(lastTime) : NaN),
  open: (bar, candle, time) => {
    bar.openBid = candle.open!.bid;
    bar.openAsk = candle.open!.ask;
    bar.highBid = candle.maximum!.bid;
    bar.highAsk = candle.maximum!.ask;
    bar.lowBid = candle.minimum!.bid;
    bar.lowAsk = candle.minimum!.ask;
    bar.closeBid = candle.close!.bid;
    bar.closeAsk = candle.close!.ask;
    bar.volume = bar.partVolume = candle.volume;
    bar.partTime = time;
  },
  add: (bar, candle, time) => {
    if (time < bar.openTime) {
      bar.openTime = time;
      bar.openBid = candle.open!.bid;
      bar.openAsk = candle.open!.ask;
    }
    if (time >= bar.seen) {
      bar.closeBid = candle.close!.bid;
      bar.closeAsk = candle.close!.ask;
    }
    bar.highBid = Math.max(bar.highBid, candle.maximum!.bid);
    bar.highAsk = Math.max(bar.highAsk, candle.maximum!.ask);
    bar.lowBid = Math.min(bar.lowBid, candle.minimum!.bid);
    bar.lowAsk = Math.min(bar.lowAsk, candle.minimum!.ask);
    if (time === bar.partTime) {
      bar.volume += candle.volume - bar.partVolume;
      bar.partVolume = candle.volume;
    } else {
      bar.volume += candle.volume;
      if (time > bar.partTime) {
        bar.partTime = time;
        bar.partVolume = candle.volume;
      }
    }
  },
};
