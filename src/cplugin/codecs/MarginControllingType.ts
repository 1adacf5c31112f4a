import * as t from 'io-ts';

/** Whether margin levels are controlled in percent or in the account currency. */
export const MarginControllingType = t.keyof({ Percent: null, Currency: null }, 'MarginControllingType');
export type MarginControllingType = t.TypeOf<typeof MarginControllingType>;
