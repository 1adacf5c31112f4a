import * as t from 'io-ts';
import { nullable } from './nullable';

/** One quote or trade session of a day: opening and closing hour and minute. */
export const ConSession = t.type(
  {
    openHour: t.number,
    openMin: t.number,
    closeHour: t.number,
    closeMin: t.number,
    align: nullable(t.array(t.number)),
  },
  'ConSession',
);
export type ConSession = t.TypeOf<typeof ConSession>;
