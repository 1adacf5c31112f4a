import * as t from 'io-ts';

/** How an order was activated (stop loss, take profit, pending order, stop-out) or rolled back. */
export const ActivationType = t.keyof(
  {
    None: null,
    SL: null,
    TP: null,
    Pending: null,
    Stopout: null,
    StopOutRollback: null,
    PendingRollback: null,
    TPRollback: null,
    SLRollback: null,
  },
  'ActivationType',
);
export type ActivationType = t.TypeOf<typeof ActivationType>;
