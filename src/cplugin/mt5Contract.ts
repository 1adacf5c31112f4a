import { defineContract } from '../contract/defineContract';
import type { Route } from '../core/Route';
import { ConnectArgs2 } from './codecs/ConnectArgs2';
import { MT5ConnectionStatusArgs } from './codecs/MT5ConnectionStatusArgs';
import { MT5HubContract } from './contracts/MT5HubContract';

/** `OnMT5ConnectionStatus(tradePlatform, connected)`: two positional arguments, keyed by the platform. */
const mt5Status: Route = {
  event: 'OnMT5ConnectionStatus',
  split: ([tradePlatform, connected], emit) => emit(String(tradePlatform), { tradePlatform, connected }, -1),
};

/**
 * The CPlugin WebAPI MT5 hub (`/hubs/mt5/v1`) as a contract: the vendor's interface (`MT5HubContract`, generated),
 * and its status as a topic. The status event has positional arguments: the topic's route of its own turns them into
 * one `MT5ConnectionStatusArgs`, keyed by the platform.
 */
export const mt5Contract = defineContract({
  ...MT5HubContract,
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
