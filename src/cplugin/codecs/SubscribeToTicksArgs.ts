import * as t from 'io-ts';
import { nullable } from './nullable';

/** The argument of `SubscribeToTicks` and `UnsubscribeFromTicks`: a trade platform and a symbol. */
export const SubscribeToTicksArgs = t.type(
  { tradePlatform: t.string, symbol: nullable(t.string) },
  'SubscribeToTicksArgs',
);
export type SubscribeToTicksArgs = t.TypeOf<typeof SubscribeToTicksArgs>;
