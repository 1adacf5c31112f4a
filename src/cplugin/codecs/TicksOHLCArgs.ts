import * as t from 'io-ts';
import { nullable } from './nullable';
import { OHLCS } from './OHLCS';
import { TradePlatformId } from './TradePlatformId';

/** The payload of `OnTicksOHLC`: server-built candles of a trade platform. */
export const TicksOHLCArgs = t.type({ ...TradePlatformId.props, ticks: nullable(t.array(OHLCS)) }, 'TicksOHLCArgs');
export type TicksOHLCArgs = t.TypeOf<typeof TicksOHLCArgs>;
