/** One connection as reported by `GET /admin/connections`. */
export interface AdminConnection {
  readonly id: string;
  readonly hub: HubName;
  readonly clientId: string | null;
  readonly connectedAt: string;
  /** Trade platforms this connection called Connect for. */
  readonly platforms: readonly string[];
  /** Subscribe calls minus unsubscribe calls, keyed like `SubscribeToTicks demo EURUSD` or `SubscribeToSymbols demo`. */
  readonly subscriptions: Readonly<Record<string, number>>;
  /** SignalR groups, e.g. `platform:demo`, `ticks:demo:EURUSD`, `allticks:demo`, `symbols:demo`, `online:demo`. */
  readonly groups: readonly string[];
  /** Active server-to-client streams by method. */
  readonly streams: Readonly<Record<string, number>>;
}

/** One hub invocation as logged by the simulator (`GET /admin/calls`), in order. */
export interface AdminCall {
  readonly seq: number;
  readonly at: string;
  readonly hub: HubName;
  readonly connectionId: string;
  readonly method: string;
  readonly args: readonly unknown[];
  /** The HubException message the call failed with, if it did. */
  readonly error: string | null;
}

export interface StreamCounter {
  readonly started: number;
  readonly active: number;
  readonly completed: number;
  readonly canceled: number;
}

export interface AdminStreams {
  readonly counters: Readonly<Record<string, StreamCounter>>;
  readonly active: readonly { readonly id: number; readonly method: string; readonly connectionId: string }[];
}

export interface AdminInfo {
  readonly hubs: Readonly<Record<string, string>>;
  readonly platforms: readonly string[];
  readonly symbolCount: number;
  readonly symbols: readonly string[];
  readonly tickIntervalMs: number;
  readonly tickMode: TickMode;
  readonly replayed: readonly string[];
  readonly clients: readonly string[];
}

export type HubName = 'test' | 'mt4' | 'mt5' | 'chat';
export type TickMode = 'single' | 'batch' | 'mixed';

/** What `POST /connect/token` answered. */
export interface TokenResponse {
  readonly status: number;
  readonly body: {
    readonly access_token?: string;
    readonly token_type?: string;
    readonly expires_in?: number;
    readonly error?: string;
    readonly error_description?: string;
  };
}

export type InjectRequest = {
  readonly hub: HubName;
  readonly event: string;
  /** Only this connection; default every client of the hub. */
  readonly connectionId?: string;
} & (
  | { readonly payload: unknown }
  | { readonly payloads: readonly unknown[] }
  /** Positional arguments, for multi-argument events such as MT5's OnMT5ConnectionStatus. */
  | { readonly args: readonly unknown[] }
);

/** Typed client of the simulator's loopback admin endpoints and of its token endpoint. */
export class SimulatorAdmin {
  constructor(readonly url: string) {}

  info(): Promise<AdminInfo> {
    return this.request('GET', '/admin/info');
  }

  /** Aborts every hub connection (or one hub's): the client gets a Close without reconnect. */
  abort(hub?: HubName): Promise<{ aborted: number }> {
    return this.request('POST', '/admin/abort', { hub });
  }

  connections(hub?: HubName): Promise<AdminConnection[]> {
    return this.request('GET', `/admin/connections${query({ hub })}`);
  }

  /** The connection with this id, if it is still connected. */
  async connection(id: string): Promise<AdminConnection | undefined> {
    return (await this.connections()).find((c) => c.id === id);
  }

  calls(filter: { connectionId?: string; hub?: HubName } = {}): Promise<AdminCall[]> {
    return this.request('GET', `/admin/calls${query(filter)}`);
  }

  clearCalls(): Promise<{ cleared: boolean }> {
    return this.request('DELETE', '/admin/calls');
  }

  /** Sends raw JSON as the argument(s) of an event to every client of a hub: for malformed-payload tests. */
  inject(request: InjectRequest): Promise<{ sent: number }> {
    return this.request('POST', '/admin/inject', request);
  }

  /** Makes a hub method throw a HubException with `message`, every time or `count` times. */
  fail(rule: { hub?: HubName; method: string; message?: string; count?: number }): Promise<unknown> {
    return this.request('POST', '/admin/fail', rule);
  }

  failRules(): Promise<unknown[]> {
    return this.request('GET', '/admin/fail');
  }

  clearFail(): Promise<{ cleared: boolean }> {
    return this.request('DELETE', '/admin/fail');
  }

  /**
   * Holds a hub method `delayMs` before it runs, every time or `count` times. SignalR runs one invocation per
   * connection at a time, so later calls on that connection wait too, as they would behind a slow real server.
   */
  delay(rule: { hub?: HubName; method: string; delayMs: number; count?: number }): Promise<unknown> {
    return this.request('POST', '/admin/delay', rule);
  }

  delayRules(): Promise<unknown[]> {
    return this.request('GET', '/admin/delay');
  }

  clearDelay(): Promise<{ cleared: boolean }> {
    return this.request('DELETE', '/admin/delay');
  }

  /** Every issued token expires now: new connections with them get 401. */
  expireTokens(): Promise<{ expired: number }> {
    return this.request('POST', '/admin/tokens/expire');
  }

  /** The token endpoint refuses this client, and its tokens stop working. */
  revokeClient(clientId: string): Promise<{ revoked: string; known: boolean }> {
    return this.request('POST', '/admin/clients/revoke', { clientId });
  }

  tickRate(): Promise<{ intervalMs: number; mode: TickMode }> {
    return this.request('GET', '/admin/tick-rate');
  }

  setTickRate(settings: { intervalMs?: number; mode?: TickMode }): Promise<{ intervalMs: number; mode: TickMode }> {
    return this.request('POST', '/admin/tick-rate', settings);
  }

  /** Sends `count` OnTick messages (or OnTicks of `batchSize`) to a symbol's group as fast as it can. */
  burst(request: {
    platform: string;
    symbol: string;
    count: number;
    batchSize?: number;
  }): Promise<{ count: number; messages: number; elapsedMs: number }> {
    return this.request('POST', '/admin/burst', request);
  }

  /**
   * Replays the CSV (`Simulator:ReplayCsv`) from `offsetMs` into the recording (default its start) from now on: a spec
   * that counts replayed ticks starts at a known stretch of the recording, not wherever the simulator's uptime is.
   */
  replay(offsetMs = 0): Promise<{ offsetMs: number }> {
    return this.request('POST', '/admin/replay', { offsetMs });
  }

  streams(): Promise<AdminStreams> {
    return this.request('GET', '/admin/streams');
  }

  /** Ends active streams normally from the server side (all, or one method's). */
  completeStreams(method?: string): Promise<{ completed: number }> {
    return this.request('POST', '/admin/streams/complete', { method });
  }

  /**
   * Stops the bytes of one hub connection (by its SignalR connection id) both ways without closing it: no messages,
   * no keep-alives, and what the client sends is left unread. WebSockets and Server-Sent Events.
   */
  stall(connectionId: string): Promise<{ stalled: string; transport: string }> {
    return this.request('POST', '/admin/stall', { connectionId });
  }

  /** Kestrel ids of the stalled TCP connections. */
  stalled(): Promise<{ stalled: string[] }> {
    return this.request('GET', '/admin/stall');
  }

  /** Lets every stalled connection go on. */
  releaseStalls(): Promise<{ released: number }> {
    return this.request('DELETE', '/admin/stall');
  }

  /** Releases stalled connections, clears fail and delay rules, the call log, stream counters and revocations; restores the configured tick rate and mode. */
  reset(): Promise<unknown> {
    return this.request('POST', '/admin/reset');
  }

  /** A bearer token for these client credentials; throws when the token endpoint refuses them. */
  async token(clientId = 'rxhub-demo', clientSecret = 'rxhub-secret'): Promise<string> {
    const { status, body } = await this.tokenResponse(clientId, clientSecret);
    if (status !== 200 || !body.access_token)
      throw new Error(`token endpoint refused ${clientId}: HTTP ${status} ${body.error ?? ''}`.trim());
    return body.access_token;
  }

  /** The token endpoint's raw answer (status and JSON body), for tests of refusals. */
  async tokenResponse(
    clientId: string,
    clientSecret: string,
    grantType = 'client_credentials',
  ): Promise<TokenResponse> {
    const response = await fetch(`${this.url}/connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: grantType, client_id: clientId, client_secret: clientSecret }).toString(),
      signal: AbortSignal.timeout(10_000),
    });
    return { status: response.status, body: (await response.json()) as TokenResponse['body'] };
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} failed: HTTP ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}

function query(params: Record<string, string | undefined>): string {
  const defined = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined);
  return defined.length ? `?${new URLSearchParams(defined).toString()}` : '';
}
