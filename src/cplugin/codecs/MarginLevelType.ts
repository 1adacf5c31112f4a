import * as t from 'io-ts';

/** The margin state of an account. */
export const MarginLevelType = t.keyof({ Ok: null, MarginCall: null, StopOut: null }, 'MarginLevelType');
export type MarginLevelType = t.TypeOf<typeof MarginLevelType>;
