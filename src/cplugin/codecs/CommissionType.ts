import * as t from 'io-ts';

/** The unit of a commission: money, pips or percent. */
export const CommissionType = t.keyof({ Money: null, Pips: null, Percent: null }, 'CommissionType');
export type CommissionType = t.TypeOf<typeof CommissionType>;
