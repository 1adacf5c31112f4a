import * as t from 'io-ts';

/** Whether a symbol can be traded: not at all, close only, or fully. */
export const TradeMode = t.keyof({ No: null, Close: null, Full: null }, 'TradeMode');
export type TradeMode = t.TypeOf<typeof TradeMode>;
