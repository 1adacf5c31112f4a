import { Observable, type OperatorFunction } from 'rxjs';
import type { Candle } from 'rxhub/operators';
import type { Averages } from './Averages';
import type { CrossoverConfig } from './CrossoverConfig';

/**
 * The fast and slow simple moving averages of each symbol's closing bids, one `Averages` per completed candle
 * (forming updates are ignored). Memory is the last `slow` closes per symbol.
 *
 * @throws RangeError when `fast` and `slow` are not whole numbers with 1 ≤ fast < slow.
 */
export function movingAverages({ fast, slow }: CrossoverConfig): OperatorFunction<Candle, Averages> {
  if (!Number.isInteger(fast) || !Number.isInteger(slow) || fast < 1 || slow <= fast)
    throw new RangeError(`moving averages need whole numbers with 1 <= fast < slow, not fast ${fast}, slow ${slow}`);
  return (candles) =>
    new Observable<Averages>((subscriber) => {
      const closes = new Map<string, { readonly last: number[]; count: number }>();
      return candles.subscribe({
        next: (candle) => {
          if (!candle.complete) return;
          let symbol = closes.get(candle.symbol);
          if (!symbol) closes.set(candle.symbol, (symbol = { last: [], count: 0 }));
          symbol.last.push(candle.close.bid);
          if (symbol.last.length > slow) symbol.last.shift();
          symbol.count++;
          subscriber.next({
            symbol: candle.symbol,
            time: candle.lastTime,
            close: candle.close.bid,
            candles: symbol.count,
            fast: mean(symbol.last, fast),
            slow: mean(symbol.last, slow),
          });
        },
        error: (error: unknown) => subscriber.error(error),
        complete: () => subscriber.complete(),
      });
    });
}

/** The mean of the last `n` values, or `undefined` when there are fewer. */
function mean(values: readonly number[], n: number): number | undefined {
  if (values.length < n) return undefined;
  let sum = 0;
  for (let i = values.length - n; i < values.length; i++) sum += values[i];
  return sum / n;
}
