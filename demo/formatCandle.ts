import type { Candle } from 'rxhub/operators';
import { formatPrice } from './formatPrice';

/** A candle's bid prices on one line: `BTCUSD 2023-02-20 12:03 O 24850.1 H 24860.0 L 24849.4 C 24855.2 (140 ticks)`. */
export function formatCandle(candle: Candle, digits: number): string {
  const time = candle.lastTime.toISOString().slice(0, 19).replace('T', ' ');
  const price = (value: number): string => formatPrice(value, digits);
  return (
    `${candle.symbol} ${time} O ${price(candle.open.bid)} H ${price(candle.maximum.bid)} ` +
    `L ${price(candle.minimum.bid)} C ${price(candle.close.bid)} (${candle.volume} ticks)`
  );
}
