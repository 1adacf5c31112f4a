import * as t from 'io-ts';

/** The state of an order: open (normal, remanded, restored), closed (normal, partly, by another order) or deleted. */
export const TradeRecordState = t.keyof(
  {
    OpenNormal: null,
    OpenRemand: null,
    OpenRestored: null,
    ClosedNormal: null,
    ClosedPart: null,
    ClosedBy: null,
    Deleted: null,
  },
  'TradeRecordState',
);
export type TradeRecordState = t.TypeOf<typeof TradeRecordState>;
