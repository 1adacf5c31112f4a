/**
 * How `ohlc` and `rollup` build candles: forming updates, late items, gaps and the flush of quiet symbols.
 *
 * An item is *late* when its time is before the latest time already seen for its symbol.
 */
export interface CandleConfig<T> {
  /**
   * Updates of the candle still forming, marked `complete: false`: `true` after every item, a number of
   * milliseconds to send at most one per symbol per that time (the first at once, the latest at the end of the
   * time), or `false` for final candles only. Default `false`.
   */
  readonly forming?: boolean | number;
  /**
   * What to do with a late item that falls in the window still open: `'amend'` folds it in by its time (it becomes
   * the open if it is the earliest, never the close, and counts in the volume), so the candle is what sorting by
   * time would give; `'drop'` leaves it out. An item for a window already closed, by a later item or by the
   * flush, is always dropped as late: a complete candle is final. Default `'amend'`.
   */
  readonly late?: 'amend' | 'drop';
  /**
   * Windows without items: `'none'` makes no candle, as MetaTrader makes no bar without ticks; `'flat'` makes a
   * complete candle at the previous close with volume 0 for each, when the symbol's next item arrives. Default
   * `'none'`.
   */
  readonly gaps?: 'none' | 'flat';
  /**
   * How long after the end of its window, in milliseconds, a symbol that has gone quiet has its candle closed by
   * the scheduler. The end is placed on the scheduler's clock by the symbol's latest item, the one with the latest
   * time (its arrival time plus the time left to the end of its window), and placed again, earlier or later, by
   * each later one; so the trade server's clock need not agree with the local one.
   * `Infinity` closes windows only when a later item arrives or the source completes. Default `1000`.
   */
  readonly grace?: number;
  /** Called with each item left out: `'late'` as above, `'invalid'` when it has no symbol or no valid time. */
  readonly dropped?: (item: T, reason: 'late' | 'invalid') => void;
}
