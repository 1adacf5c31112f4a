import * as t from 'io-ts';

/** A bid/ask pair. */
export const BidAsk = t.type({ bid: t.number, ask: t.number }, 'BidAsk');
export type BidAsk = t.TypeOf<typeof BidAsk>;
