import * as t from 'io-ts';
import { TradePlatformId } from './TradePlatformId';

/** The argument of MT4 `Connect`: the trade platform and how long to wait for its pumping connection, in ms. */
export const ConnectArgs = t.type({ ...TradePlatformId.props, timeoutMs: t.number }, 'ConnectArgs');
export type ConnectArgs = t.TypeOf<typeof ConnectArgs>;
