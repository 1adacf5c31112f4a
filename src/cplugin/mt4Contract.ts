import { defineContract } from '../contract/defineContract';
import type { TopicRoute } from '../core/TopicSpec';
import { ConnectArgs } from './codecs/ConnectArgs';
import { DebugArgs } from './codecs/DebugArgs';
import { MarginLevel } from './codecs/MarginLevel';
import { MT4ConnectionStatusArgs } from './codecs/MT4ConnectionStatusArgs';
import { OHLCS } from './codecs/OHLCS';
import { OnlineUpdateArgs } from './codecs/OnlineUpdateArgs';
import { SubscribeToTicksArgs } from './codecs/SubscribeToTicksArgs';
import { SymbolUpdateArgs } from './codecs/SymbolUpdateArgs';
import { TradePlatformId } from './codecs/TradePlatformId';
import { MT4HubContract } from './contracts/MT4HubContract';
import { TickWithFastPass } from './internal/decodeTick';
import { tickRoutes } from './internal/tickRoutes';

/** `OnTick` and batched `OnTicks` feed one topic, through the platform's tick routes keyed by the interned symbol. */
function ticksOf(tradePlatform: string, key: string): readonly TopicRoute[] {
  const routes = tickRoutes(tradePlatform);
  return [
    { route: routes.tick, key },
    { route: routes.ticks, key },
  ];
}

/**
 * The CPlugin WebAPI MT4 hub (`/hubs/mt4/v1`) as a contract: the events, methods and streams of the vendor's
 * interface (`MT4HubContract`, generated), and the topics, which the interface does not write down. Every event names
 * its trade platform, which keys its topics; `status` (the platform's `Connect`) is the session's set-up that `MT4Hub`
 * holds for every other call.
 */
export const mt4Contract = defineContract({
  ...MT4HubContract,
  topics: {
    status: {
      subscribe: 'Connect',
      args: [ConnectArgs],
      event: 'OnMT4ConnectionStatus',
      key: 'tradePlatform',
      item: MT4ConnectionStatusArgs,
      stage: 'setup',
    },
    ticks: {
      subscribe: 'SubscribeToTicks',
      unsubscribe: 'UnsubscribeFromTicks',
      args: [SubscribeToTicksArgs],
      item: TickWithFastPass,
      routes: ({ tradePlatform, symbol }: SubscribeToTicksArgs) => ticksOf(tradePlatform, symbol ?? ''),
    },
    allTicks: {
      subscribe: 'SubscribeToAllTicks',
      unsubscribe: 'UnsubscribeFromAllTicks',
      args: [TradePlatformId],
      item: TickWithFastPass,
      routes: ({ tradePlatform }: TradePlatformId) => ticksOf(tradePlatform, tickRoutes(tradePlatform).allTicksKey),
    },
    symbols: {
      subscribe: 'SubscribeToSymbols',
      unsubscribe: 'UnsubscribeFromSymbols',
      args: [TradePlatformId],
      event: 'OnSymbolUpdate',
      key: 'tradePlatform',
      item: SymbolUpdateArgs,
    },
    onlineUpdates: {
      subscribe: 'SubscribeToOnlineUpdates',
      unsubscribe: 'UnsubscribeFromOnlineUpdates',
      args: [TradePlatformId],
      event: 'OnOnlineUpdate',
      key: 'tradePlatform',
      item: OnlineUpdateArgs,
    },
    ticksOHLC: { args: [TradePlatformId], event: 'OnTicksOHLC', key: 'tradePlatform', list: 'ticks', item: OHLCS },
    margins: {
      args: [TradePlatformId],
      event: 'OnMarginUpdate',
      key: 'tradePlatform',
      list: 'margins',
      item: MarginLevel,
    },
    debug: { args: [TradePlatformId], event: 'OnDebug', key: 'tradePlatform', item: DebugArgs },
  },
});
