import * as t from 'io-ts';
import { nullable } from './nullable';
import { Tick } from './Tick';
import { TradePlatformId } from './TradePlatformId';

/** The payload of `OnTick`: one quote of a trade platform. */
export const TickArgs = t.type({ ...TradePlatformId.props, tick: nullable(Tick) }, 'TickArgs');
export type TickArgs = t.TypeOf<typeof TickArgs>;
