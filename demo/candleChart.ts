import { plot } from 'asciichart';
import type { CandleRow } from './Board';
import { formatPrice } from './formatPrice';

/**
 * A line chart of the closing bids of the latest candles, the forming one last (asciichart), fitted to `width`
 * columns; `undefined` until there are two points to draw.
 */
export function candleChart(row: CandleRow, digits: number, width: number, height: number): string | undefined {
  const closes = row.completed.map((candle) => candle.close.bid);
  if (row.forming) closes.push(row.forming.close.bid);
  const labelWidth = Math.max(...closes.map((value) => formatPrice(value, digits).length), 6) + 1;
  const points = Math.max(2, width - labelWidth - 3);
  const series = closes.slice(-points);
  if (series.length < 2) return undefined;
  return plot(series, { height, format: (value) => formatPrice(value, digits).padStart(labelWidth) });
}
