import * as t from 'io-ts';

/** Names one trade platform (server) of the WebAPI: the argument of most MT4 methods and the base of every event. */
export const TradePlatformId = t.type({ tradePlatform: t.string }, 'TradePlatformId');
export type TradePlatformId = t.TypeOf<typeof TradePlatformId>;
