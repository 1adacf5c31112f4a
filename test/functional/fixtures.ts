import { HubConnectionState, type HttpTransportType } from '@microsoft/signalr';
import { filter, firstValueFrom, take, timeout, toArray, type Observable } from 'rxjs';
import {
  clientCredentials,
  hubConnectionFactory,
  MT4Hub,
  RxHub,
  type HubConnectionOptions,
  type Route,
  type RxHubConfig,
  type TokenProvider,
} from '../../src';
import { messagePack } from '../../msgpack';
import { SimulatorAdmin, type HubName } from '../support/SimulatorAdmin';
import { simulatorUrl } from '../support/simulatorUrl';
import { waitFor } from '../support/waitFor';

/** The hub protocols the simulator serves on every hub, for specs that run over each (`describe.each`). */
export const protocols = ['json', 'messagepack'] as const;
export type Protocol = (typeof protocols)[number];

/**
 * What the RxHub functional specs share: the simulator's URL, its admin client, and hubs on it, every hub
 * speaking `protocol` (MessagePack with `rxhub/msgpack`'s defaults, as a server with ASP.NET Core's own settings
 * needs them).
 */
export function simulatorFixture(protocol: Protocol = 'json') {
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
      /** More options of the connection (timeouts, log level). */
      connection?: HubConnectionOptions;
    } = {},
  ): RxHub =>
    new RxHub(
      hubConnectionFactory(`${options.baseUrl ?? url}${path}`, {
        accessTokenFactory: options.tokens?.accessTokenFactory,
        transport: options.transport,
        statefulReconnect: options.statefulReconnect,
        reconnect: { initialDelay: 0, baseDelay: 100, maxDelay: 500, maxRetries: 5, jitter: 0 },
        protocol: protocol === 'messagepack' ? messagePack() : undefined,
        ...options.connection,
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

  /** An RxHub on the simulator's chat hub (no authentication). */
  const chat = (options: Parameters<typeof rxHub>[1] = {}): RxHub => rxHub('/hubs/chat/v1', options);

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
  const drained = (hub: HubName = 'mt4') =>
    waitFor(
      () => admin.connections(hub),
      (list) => list.length === 0,
      { what: `no ${hub} connections` },
    );

  /** The simulator's subscription counts of the one connection on `hub`. */
  const subscriptions = async (hub: HubName = 'mt4'): Promise<Record<string, number>> => {
    const list = await admin.connections(hub);
    return Object.fromEntries(list.flatMap((c) => Object.entries(c.subscriptions).filter(([, n]) => n !== 0)));
  };

  return { url, admin, tokens, rxHub, mt4, chat, connected, first, drained, subscriptions };
}

/** The chat hub's OnMessage payload (test/simulator/README.md). */
export interface ChatMessage {
  readonly room: string;
  readonly id: string;
  readonly user: string;
  readonly text: string;
  readonly sentAt: string;
}

/** OnMessage items go to the room's topic. One route object, shared by every room, so one handler. */
const onMessage: Route = {
  event: 'OnMessage',
  split: ([message], emit) => emit(String((message as Partial<ChatMessage> | undefined)?.room), message, -1),
};

/** A chat room as a topic: JoinRoom on the first subscriber, LeaveRoom after the last, its messages from OnMessage. */
export function room(hub: RxHub, name: string): Observable<ChatMessage> {
  return hub.topic<ChatMessage>({
    subscribe: { method: 'JoinRoom', args: [{ room: name }] },
    unsubscribe: { method: 'LeaveRoom', args: [{ room: name }] },
    routes: [{ route: onMessage, key: name }],
  });
}
