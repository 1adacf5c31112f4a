import * as t from 'io-ts';

/** The unit of a symbol's swaps. */
export const SwapType = t.keyof({ Points: null, Dollars: null, Interest: null, MarginCurrency: null }, 'SwapType');
export type SwapType = t.TypeOf<typeof SwapType>;
