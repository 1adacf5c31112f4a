import type { Bar } from './Bar';

/**
 * How a windowed candle operator reads its items and folds them into a window.
 *
 * @internal
 */
export interface Fold<T> {
  /** The item's symbol, or `undefined` or `null` when it has none. */
  symbol(item: T): string | null | undefined;
  /** The item's time in UTC ms, `NaN` when it has none. */
  time(item: T): number;
  /** Starts a window with its first item. */
  open(bar: Bar, item: T, time: number): void;
  /** Folds a further item of the same window in; `bar.seen` is still the latest time before this item. */
  add(bar: Bar, item: T, time: number): void;
}
