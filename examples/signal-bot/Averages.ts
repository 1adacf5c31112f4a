/** One symbol's moving averages after a completed candle. */
export interface Averages {
  readonly symbol: string;
  /** The candle's open time. */
  readonly time: Date;
  /** The candle's closing bid. */
  readonly close: number;
  /** How many completed candles of the symbol have been seen. */
  readonly candles: number;
  /** The SMA of the last `fast` closes, once there are that many. */
  readonly fast: number | undefined;
  /** The SMA of the last `slow` closes, once there are that many. */
  readonly slow: number | undefined;
}
