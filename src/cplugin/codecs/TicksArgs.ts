import * as t from 'io-ts';
import { nullable } from './nullable';
import { TickArgs } from './TickArgs';
import { TradePlatformId } from './TradePlatformId';

/** The payload of `OnTicks`: a batch of quotes of a trade platform. */
export const TicksArgs = t.type({ ...TradePlatformId.props, ticks: nullable(t.array(TickArgs)) }, 'TicksArgs');
export type TicksArgs = t.TypeOf<typeof TicksArgs>;
