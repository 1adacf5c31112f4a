import { HubConnectionState, type HttpTransportType } from '@microsoft/signalr';
import { filter, firstValueFrom, take, timeout, toArray, type Observable } from 'rxjs';
import {
  clientCredentials,
  hubConnectionFactory,
  MT4Hub,
  RxHub,
  type RxHubConfig,
  type TokenProvider,
} from '../../src';
import { SimulatorAdmin } from '../support/SimulatorAdmin';
import { simulatorUrl } from '../support/simulatorUrl';
import { waitFor } from '../support/waitFor';

/** What the RxHub functional specs share: the simulator's URL, its admin client, and hubs on it. */
export function simulatorFixture() {
  const url = simulatorUrl();
  const admin = new SimulatorAdmin(url);

  const tokens = (clientSecret = 'rxhub-secret'): TokenProvider =>
    clientCredentials({ tokenUrl: `${url}/connect/token`, clientId: 'rxhub-demo', clientSecret });

  /** An RxHub on one of the simulator's hubs, with short SignalR reconnect delays. */
  const rxHub = (
    path: string,
    options: {
      tokens?: TokenProvider;
      transport?: HttpTransportType;
      statefulReconnect?: boolean;
      config?: RxHubConfig;
      baseUrl?: string;
    } = {},
  ): RxHub =>
    new RxHub(
      hubConnectionFactory(`${options.baseUrl ?? url}${path}`, {
        accessTokenFactory: options.tokens?.accessTokenFactory,
        transport: options.transport,
        statefulReconnect: options.statefulReconnect,
        reconnect: { initialDelay: 0, baseDelay: 100, maxDelay: 500, maxRetries: 5, jitter: 0 },
      }),
      {
        tokens: options.tokens,
        restart: { initialDelay: 0, baseDelay: 100, maxDelay: 1000, jitter: 0.1 },
        ...options.config,
      },
    );

  /** An MT4 hub on platform `tradePlatform`, authenticated with the demo client. */
  const mt4 = (
    tradePlatform = 'demo',
    options: { config?: RxHubConfig; baseUrl?: string; statefulReconnect?: boolean } = {},
  ): MT4Hub => new MT4Hub(rxHub('/hubs/mt4/v1', { tokens: tokens(), ...options }), { tradePlatform, timeoutMs: 5000 });

  /** Resolves once the hub is connected. */
  const connected = (hub: RxHub): Promise<unknown> =>
    firstValueFrom(
      hub.state$.pipe(
        filter((state) => state === HubConnectionState.Connected),
        timeout(10_000),
      ),
    );

  /** The first `count` items, or a timeout error naming `what`. */
  const first = <T>(source: Observable<T>, count = 1, ms = 10_000): Promise<T[]> =>
    firstValueFrom(source.pipe(take(count), toArray(), timeout(ms)));

  /** Waits until the simulator has no connection left on `hub`. */
  const drained = (hub: 'test' | 'mt4' | 'mt5' = 'mt4') =>
    waitFor(
      () => admin.connections(hub),
      (list) => list.length === 0,
      { what: `no ${hub} connections` },
    );

  /** The simulator's subscription counts of the one connection on `hub`. */
  const subscriptions = async (hub: 'mt4' | 'mt5' = 'mt4'): Promise<Record<string, number>> => {
    const list = await admin.connections(hub);
    return Object.fromEntries(list.flatMap((c) => Object.entries(c.subscriptions).filter(([, n]) => n !== 0)));
  };

  return { url, admin, tokens, rxHub, mt4, connected, first, drained, subscriptions };
}
