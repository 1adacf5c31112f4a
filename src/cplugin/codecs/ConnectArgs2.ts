import * as t from 'io-ts';
import { ConnectArgs } from './ConnectArgs';

/** The argument of MT5 `Connect`: the same fields as MT4's {@link ConnectArgs}. */
export const ConnectArgs2 = t.type(ConnectArgs.props, 'ConnectArgs2');
export type ConnectArgs2 = t.TypeOf<typeof ConnectArgs2>;
