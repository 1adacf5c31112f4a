import * as t from 'io-ts';
import { DateFromISOString } from 'io-ts-types/lib/DateFromISOString';
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
    lastTime: nullable(DateFromISOString),
    volume: t.number,
  },
  'OHLCS',
);
export type OHLCS = t.TypeOf<typeof OHLCS>;
