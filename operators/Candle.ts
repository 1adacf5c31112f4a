import type { BidAsk } from '../src/cplugin/codecs/BidAsk';
import type { OHLCS } from '../src/cplugin/codecs/OHLCS';

/**
 * A candle built by `ohlc` or `rollup`: the vendor's `OHLCS` shape, so it goes wherever a server-built candle goes,
 * with every field present and a `complete` flag.
 */
export interface Candle extends OHLCS {
  /** The first price of the window, by tick time. */
  open: BidAsk;
  /** The highest bid and the highest ask of the window, each on its own. */
  maximum: BidAsk;
  /** The lowest bid and the lowest ask of the window, each on its own. */
  minimum: BidAsk;
  /** The last price of the window, by tick time. */
  close: BidAsk;
  /** The symbol of the ticks. */
  symbol: string;
  /** When the window opens (UTC), as MetaTrader's bar time. */
  lastTime: Date;
  /** How many ticks the window holds; `0` for a flat candle that fills a gap. */
  volume: number;
  /**
   * `true` when the window is closed and this candle is final; `false` for an update of a candle still forming,
   * which a later update or the final candle of the same `symbol` and `lastTime` replaces.
   */
  complete: boolean;
}
