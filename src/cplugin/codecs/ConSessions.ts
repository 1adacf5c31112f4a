import * as t from 'io-ts';
import { ConSession } from './ConSession';
import { nullable } from './nullable';

/** The quote and trade sessions of one day of the week. */
export const ConSessions = t.type(
  {
    quoteOvernight: t.number,
    tradeOvernight: t.number,
    quote: nullable(t.array(ConSession)),
    trade: nullable(t.array(ConSession)),
  },
  'ConSessions',
);
export type ConSessions = t.TypeOf<typeof ConSessions>;
