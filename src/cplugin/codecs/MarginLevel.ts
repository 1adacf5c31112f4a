import * as t from 'io-ts';
import { MarginControllingType } from './MarginControllingType';
import { MarginLevelType } from './MarginLevelType';
import { nullable } from './nullable';

/** The margin figures of one account (login). */
export const MarginLevel = t.type(
  {
    group: nullable(t.string),
    login: t.number,
    leverage: t.number,
    updated: t.number,
    balance: t.number,
    equity: t.number,
    volume: t.number,
    margin: t.number,
    free: t.number,
    level: t.number,
    controllingType: MarginControllingType,
    levelType: MarginLevelType,
  },
  'MarginLevel',
);
export type MarginLevel = t.TypeOf<typeof MarginLevel>;
