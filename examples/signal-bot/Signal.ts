/** A moving-average crossover on one symbol's candles: BUY when the fast SMA crosses above the slow one, SELL below. */
export interface Signal {
  readonly symbol: string;
  readonly side: 'BUY' | 'SELL';
  /** The open time of the candle whose close made the crossover. */
  readonly time: Date;
  /** That candle's closing bid. */
  readonly price: number;
  /** The fast and slow simple moving averages of the closing bids, after that candle. */
  readonly fast: number;
  readonly slow: number;
}
