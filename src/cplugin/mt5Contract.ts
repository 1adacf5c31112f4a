import * as t from 'io-ts';
import { defineContract } from '../contract/defineContract';
import type { Route } from '../core/Route';
import { ConnectArgs2 } from './codecs/ConnectArgs2';
import { MT5ConnectionStatusArgs } from './codecs/MT5ConnectionStatusArgs';

/** `OnMT5ConnectionStatus(tradePlatform, connected)`: two positional arguments, keyed by the platform. */
const mt5Status: Route = {
  event: 'OnMT5ConnectionStatus',
  split: ([tradePlatform, connected], emit) => emit(String(tradePlatform), { tradePlatform, connected }, -1),
};

/**
 * The CPlugin WebAPI MT5 hub (`/hubs/mt5/v1`) as a contract. Its status event has positional arguments, which a
 * route of its own turns into one `MT5ConnectionStatusArgs`.
 */
export const mt5Contract = defineContract({
  methods: { Connect: { args: [ConnectArgs2], result: t.boolean } },
  topics: {
    status: {
      subscribe: 'Connect',
      args: [ConnectArgs2],
      item: MT5ConnectionStatusArgs,
      routes: ({ tradePlatform }: ConnectArgs2) => [{ route: mt5Status, key: tradePlatform }],
      stage: 'setup',
    },
  },
});
