import * as t from 'io-ts';
import { TradePlatformId } from './TradePlatformId';

/** The payload of `OnMT4ConnectionStatus`: whether the WebAPI is connected to a trade platform. */
export const MT4ConnectionStatusArgs = t.type(
  { ...TradePlatformId.props, connected: t.boolean },
  'MT4ConnectionStatusArgs',
);
export type MT4ConnectionStatusArgs = t.TypeOf<typeof MT4ConnectionStatusArgs>;
