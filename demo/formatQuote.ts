import type { QuoteRow } from './Board';
import { directionMark } from './directionMark';
import { formatPrice } from './formatPrice';

/** `EURUSD 1.08512/1.08527 ▲ spread 0.00015`, or why there is no quote. */
export function formatQuote(row: QuoteRow): string {
  if (row.error) return `${row.symbol} refused`;
  if (row.bid === undefined || row.ask === undefined) return `${row.symbol} (no tick yet)`;
  const spread = formatPrice(row.ask - row.bid, row.digits);
  return `${row.symbol} ${formatPrice(row.bid, row.digits)}/${formatPrice(row.ask, row.digits)} ${directionMark(row.direction)} spread ${spread}`;
}
