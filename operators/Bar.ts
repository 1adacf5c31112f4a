import type { Subscription } from 'rxjs';

/**
 * The mutable state of one symbol's latest window, in plain numbers so that a tick allocates nothing.
 *
 * @internal
 */
export interface Bar {
  symbol: string;
  /** The window's start and end, UTC ms. */
  start: number;
  end: number;
  /** Whether the window is still open. */
  live: boolean;
  /** The time of the item that gave the open price. */
  openTime: number;
  /** The latest item time seen for the symbol, and when it arrived (scheduler time). */
  seen: number;
  seenAt: number;
  openBid: number;
  openAsk: number;
  highBid: number;
  highAsk: number;
  lowBid: number;
  lowAsk: number;
  closeBid: number;
  closeAsk: number;
  volume: number;
  /** For candles folded into a larger one: the time and volume of the latest sub-candle, which an update replaces. */
  partTime: number;
  partVolume: number;
  /** Whether the window changed since the last forming update, and when that update was sent (scheduler time). */
  dirty: boolean;
  formingAt: number;
  /** The pending flush of a quiet window, and the pending throttled forming update. */
  flush: Subscription | undefined;
  trailing: Subscription | undefined;
  /** When the pending flush fires (scheduler time), and whether it waits to be moved earlier. */
  flushAt: number;
  early: boolean;
}
