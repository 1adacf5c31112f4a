import * as t from 'io-ts';
import { TradePlatformId } from './TradePlatformId';

/**
 * The arguments of `OnMT5ConnectionStatus(tradePlatform, connected)`, as one object: whether the WebAPI is connected
 * to an MT5 trade platform. The vendor sends them positionally; `MT5Hub` gathers them into this shape.
 */
export const MT5ConnectionStatusArgs = t.type(
  { ...TradePlatformId.props, connected: t.boolean },
  'MT5ConnectionStatusArgs',
);
export type MT5ConnectionStatusArgs = t.TypeOf<typeof MT5ConnectionStatusArgs>;
