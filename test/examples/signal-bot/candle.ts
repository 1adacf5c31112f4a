import type { Candle } from 'rxhub/operators';

/** A completed candle of `symbol` opening at 10:MM on 2024-03-01, closing at bid `close` (ask one point higher). */
export function candle(symbol: string, minute: number, close: number, complete = true): Candle {
  const price = { bid: close, ask: close + 0.01 };
  return {
    symbol,
    lastTime: new Date(Date.UTC(2024, 2, 1, 10, minute)),
    open: price,
    maximum: price,
    minimum: price,
    close: price,
    volume: 1,
    complete,
  };
}
