import * as t from 'io-ts';
import { DateTime } from './DateTime';
import { BidAsk } from './BidAsk';
import { nullable } from './nullable';

/** A candle: open, maximum, minimum and close as bid/ask pairs, the window's open time and the tick count. */
export const OHLCS = t.type(
  {
    open: nullable(BidAsk),
    maximum: nullable(BidAsk),
    minimum: nullable(BidAsk),
    close: nullable(BidAsk),
    symbol: nullable(t.string),
    lastTime: nullable(DateTime),
    volume: t.number,
  },
  'OHLCS',
);
export type OHLCS = t.TypeOf<typeof OHLCS>;
