import * as t from 'io-ts';

/** How the margin of a symbol is calculated. */
export const MarginCalculationMode = t.keyof(
  { Forex: null, CFD: null, Futures: null, CFDIndex: null, CFDLeverage: null },
  'MarginCalculationMode',
);
export type MarginCalculationMode = t.TypeOf<typeof MarginCalculationMode>;
