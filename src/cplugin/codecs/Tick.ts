import * as t from 'io-ts';
import { DateTime } from './DateTime';
import { nullable } from './nullable';

/** One quote of a symbol: bid, ask and the server time of the quote. */
export const Tick = t.type(
  { symbol: nullable(t.string), bid: t.number, ask: t.number, lastTime: nullable(DateTime) },
  'Tick',
);
export type Tick = t.TypeOf<typeof Tick>;
