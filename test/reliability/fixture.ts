import { LogLevel, type HubConnection } from '@microsoft/signalr';
import {
  clientCredentials,
  hubConnectionFactory,
  MT4Hub,
  RxHub,
  type HubConnectionOptions,
  type RxHubConfig,
  type TokenProvider,
} from '../../src';
import { SimulatorAdmin } from '../support/SimulatorAdmin';
import { waitFor } from '../support/waitFor';

/** A token provider that counts what it does: token requests that reached the token endpoint, and invalidations. */
export interface CountingTokens extends TokenProvider {
  /** Calls of `accessTokenFactory`: one per negotiate (start, restart or SignalR reconnect attempt). */
  readonly asked: number;
  /** Requests to the token endpoint, and their HTTP statuses. */
  readonly requests: readonly number[];
  /** Every access token the endpoint issued. */
  readonly issued: readonly string[];
  readonly invalidated: number;
}

/** SignalR's automatic reconnect in these specs: quick, and giving up after five attempts. */
export const quickReconnect = { initialDelay: 0, baseDelay: 100, maxDelay: 500, maxRetries: 5, jitter: 0 } as const;
/** RxHub's own restart in these specs: quick, never giving up. */
export const quickRestart = { initialDelay: 0, baseDelay: 100, maxDelay: 1000, jitter: 0.1 } as const;

/**
 * `simulatorFixture()` (test/functional/fixtures.ts) for any simulator, also one a spec started itself: hubs with
 * short reconnect delays, a token provider that counts, and the admin view of one connection.
 */
export function hubFixture(url: string) {
  const admin = new SimulatorAdmin(url);

  const tokens = (clientSecret = 'rxhub-secret', clientId = 'rxhub-demo'): CountingTokens => {
    const requests: number[] = [];
    const issued: string[] = [];
    let asked = 0;
    let invalidated = 0;
    const inner = clientCredentials({
      tokenUrl: `${url}/connect/token`,
      clientId,
      clientSecret,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        requests.push(response.status);
        const body = (await response
          .clone()
          .json()
          .catch(() => ({}))) as { access_token?: unknown };
        if (typeof body.access_token === 'string') issued.push(body.access_token);
        return response;
      },
    });
    return {
      accessTokenFactory: () => {
        asked++;
        return inner.accessTokenFactory();
      },
      invalidate: () => {
        invalidated++;
        inner.invalidate();
      },
      get asked() {
        return asked;
      },
      get requests() {
        return requests;
      },
      get issued() {
        return issued;
      },
      get invalidated() {
        return invalidated;
      },
    };
  };

  /** Every HubConnection the hubs of this fixture made, newest last. */
  const made: HubConnection[] = [];

  /** An RxHub on `path` with quick reconnects and no client logging, and its token provider when given one. */
  const rxHub = (
    path: string,
    options: {
      tokens?: TokenProvider;
      connection?: Omit<HubConnectionOptions, 'accessTokenFactory'>;
      config?: RxHubConfig;
      baseUrl?: string;
    } = {},
  ): RxHub => {
    const factory = hubConnectionFactory(`${options.baseUrl ?? url}${path}`, {
      accessTokenFactory: options.tokens?.accessTokenFactory,
      reconnect: quickReconnect,
      logLevel: LogLevel.None, // the specs assert on what happens; the security spec turns logging up
      ...options.connection,
    });
    return new RxHub(
      () => {
        const connection = factory();
        made.push(connection);
        return connection;
      },
      { tokens: options.tokens, restart: quickRestart, ...options.config },
    );
  };

  /** An MT4 hub per trade platform, all on one RxHub (one connection), with the demo client's tokens. */
  const mt4 = (
    platforms: readonly string[],
    options: { tokens?: TokenProvider; config?: RxHubConfig; baseUrl?: string } = {},
  ): { hub: RxHub; tokens: TokenProvider; platforms: MT4Hub[] } => {
    const provider = options.tokens ?? tokens();
    const hub = rxHub('/hubs/mt4/v1', { ...options, tokens: provider });
    return {
      hub,
      tokens: provider,
      platforms: platforms.map((tradePlatform) => new MT4Hub(hub, { tradePlatform, timeoutMs: 5000 })),
    };
  };

  /** The simulator's non-zero subscription counts of one connection; undefined when it has no such connection. */
  const subscriptionsOf = async (connectionId: string): Promise<Record<string, number> | undefined> => {
    const connection = await admin.connection(connectionId);
    if (!connection) return undefined;
    return Object.fromEntries(Object.entries(connection.subscriptions).filter(([, n]) => n !== 0));
  };

  /** Waits until the simulator has no connection left on `hub`. */
  const drained = (hub: 'test' | 'mt4' | 'mt5' = 'mt4', timeoutMs = 10_000) =>
    waitFor(
      () => admin.connections(hub),
      (list) => list.length === 0,
      { what: `no ${hub} connections`, timeoutMs },
    );

  return { url, admin, tokens, rxHub, mt4, made, subscriptionsOf, drained };
}

/** Sleeps `ms`. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Percentiles of a list of numbers (nearest rank), rounded. */
export function summary(values: readonly number[]): { n: number; min: number; p50: number; p95: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number): number =>
    sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]) : NaN;
  return { n: sorted.length, min: at(0.000001), p50: at(0.5), p95: at(0.95), max: at(1) };
}
