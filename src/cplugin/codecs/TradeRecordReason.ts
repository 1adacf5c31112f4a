import * as t from 'io-ts';

/** Who or what placed an order. */
export const TradeRecordReason = t.keyof(
  { Client: null, Expert: null, Dealer: null, Signal: null, Gateway: null, Mobile: null, Web: null, API: null },
  'TradeRecordReason',
);
export type TradeRecordReason = t.TypeOf<typeof TradeRecordReason>;
