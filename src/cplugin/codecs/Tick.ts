import * as t from 'io-ts';
import { withFastPass } from '../../core/internal/check';
import { decodeTick } from '../internal/decodeTick';
import { DateTime } from './DateTime';
import { nullable } from './nullable';

/** One quote of a symbol: bid, ask and the server time of the quote. */
export const Tick = withFastPass(
  t.type({ symbol: nullable(t.string), bid: t.number, ask: t.number, lastTime: nullable(DateTime) }, 'Tick'),
  decodeTick,
);
export type Tick = t.TypeOf<typeof Tick>;
