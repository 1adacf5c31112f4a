import * as t from 'io-ts';

/** How long pending orders live: the day, until cancelled, or the day without stops. */
export const GTCMode = t.keyof({ Daily: null, GTC: null, DailyNoStops: null }, 'GTCMode');
export type GTCMode = t.TypeOf<typeof GTCMode>;
