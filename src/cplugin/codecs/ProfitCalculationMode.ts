import * as t from 'io-ts';

/** How the profit of a symbol is calculated. */
export const ProfitCalculationMode = t.keyof({ Forex: null, CFD: null, Futures: null }, 'ProfitCalculationMode');
export type ProfitCalculationMode = t.TypeOf<typeof ProfitCalculationMode>;
