import { defer, filter, map, type Observable } from 'rxjs';
import type { Candle } from 'rxhub/operators';
import type { CrossoverConfig } from './CrossoverConfig';
import { movingAverages } from './movingAverages';
import type { Signal } from './Signal';

/**
 * The bot's business logic: BUY when a symbol's fast SMA of closing bids crosses above its slow SMA, SELL when it
 * crosses below, judged on completed candles only.
 *
 * The first candle on which both averages exist and differ sets the side without a signal (there is nothing to
 * cross from yet); after that, each change of side is one signal. A candle on which the averages are equal (to
 * within floating-point noise: a billionth of the price) keeps the side it had, so touching without crossing is no
 * signal. Symbols are independent, and so are subscriptions.
 *
 * @param candles Candles of any number of symbols, e.g. `ticks.pipe(ohlc('M1'))`.
 * @throws RangeError unless `fast` and `slow` are whole numbers with 1 ≤ fast < slow.
 */
export function crossovers(candles: Observable<Candle>, config: CrossoverConfig): Observable<Signal> {
  const averages = movingAverages(config);
  return defer(() => {
    const sides = new Map<string, Signal['side']>();
    return candles.pipe(
      averages,
      map(({ symbol, time, close, fast, slow }): Signal | undefined => {
        if (fast === undefined || slow === undefined || level(fast, slow)) return undefined;
        const side = fast > slow ? 'BUY' : 'SELL';
        const before = sides.get(symbol);
        sides.set(symbol, side);
        return before === undefined || before === side ? undefined : { symbol, side, time, price: close, fast, slow };
      }),
      filter((signal): signal is Signal => signal !== undefined),
    );
  });
}

/** Whether two averages are equal but for the rounding of their sums (1e-9 of the price, far below a point). */
function level(fast: number, slow: number): boolean {
  return Math.abs(fast - slow) <= 1e-9 * Math.max(Math.abs(fast), Math.abs(slow));
}
