// The simulator as a test peer: the real @microsoft/signalr client against the real ASP.NET Core server over
// loopback. These specs pin down the wire contract and the admin endpoints that the RxHub specs rely on.
import { request } from 'node:http';
import { HttpTransportType, HubConnectionState, type HubConnection, type ISubscription } from '@microsoft/signalr';
import { SimulatorAdmin } from '../support/SimulatorAdmin';
import { connectHub, type ConnectHubOptions } from '../support/connectHub';
import { nextEvent } from '../support/nextEvent';
import { simulatorUrl } from '../support/simulatorUrl';
import { waitFor } from '../support/waitFor';
import { withTimeout } from '../support/withTimeout';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

describe('simulator', () => {
  const url = simulatorUrl();
  const admin = new SimulatorAdmin(url);
  const open: HubConnection[] = [];

  const connect = async (path: string, options: ConnectHubOptions = {}): Promise<HubConnection> => {
    const connection = await connectHub(url, path, { start: false, ...options });
    open.push(connection);
    if (options.start ?? true) await withTimeout(connection.start(), 10_000, `start ${path}`);
    return connection;
  };
  const mt4 = async (options: ConnectHubOptions = {}): Promise<HubConnection> =>
    connect('/hubs/mt4/v1', { token: await admin.token(), ...options });

  beforeEach(() => admin.reset());
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => withTimeout(c.stop(), 5_000, 'stop')));
  });

  describe('Test hub (no auth)', () => {
    it('answers Ping with Pong to the caller only', async () => {
      const caller = await connect('/hubs/test/v1');
      const other = await connect('/hubs/test/v1');
      const otherPongs: unknown[] = [];
      other.on('Pong', (message: unknown) => otherPongs.push(message));
      const pong = nextEvent<[string]>(caller, 'Pong');
      await caller.invoke('Ping', 'hello simulator');
      expect(await pong).toEqual(['hello simulator']);
      await other.invoke('GetServerTime'); // a round trip on the other connection, after which any stray Pong is in
      expect(otherPongs).toEqual([]);
    });

    it('returns the server time as an ISO UTC string', async () => {
      const connection = await connect('/hubs/test/v1');
      const time = await connection.invoke<string>('GetServerTime');
      expect(time).toMatch(ISO_DATE);
      expect(Math.abs(Date.parse(time) - Date.now())).toBeLessThan(5_000);
    });

    it('sends OnClock to every client', async () => {
      const connection = await connect('/hubs/test/v1');
      const [clock] = await nextEvent<[string]>(connection, 'OnClock', { timeoutMs: 5_000 });
      expect(clock).toMatch(ISO_DATE);
    });
  });

  describe('token endpoint', () => {
    it('issues a bearer token for the demo client', async () => {
      const { status, body } = await admin.tokenResponse('rxhub-demo', 'rxhub-secret');
      expect(status).toBe(200);
      expect(body).toEqual({
        access_token: expect.stringMatching(/^[0-9a-f]{48}$/),
        token_type: 'Bearer',
        expires_in: 300,
      });
    });

    it('refuses a wrong secret with 401 invalid_client and a wrong grant with 400', async () => {
      expect(await admin.tokenResponse('rxhub-demo', 'wrong')).toMatchObject({
        status: 401,
        body: { error: 'invalid_client' },
      });
      expect(await admin.tokenResponse('rxhub-demo', 'rxhub-secret', 'password')).toMatchObject({
        status: 400,
        body: { error: 'unsupported_grant_type' },
      });
    });

    it('refuses a revoked client, and its tokens stop working', async () => {
      const token = await admin.token();
      await admin.revokeClient('rxhub-demo');
      expect(await admin.tokenResponse('rxhub-demo', 'rxhub-secret')).toMatchObject({ status: 401 });
      expect((await negotiate('/hubs/mt4/v1', { bearer: token })).status).toBe(401);
      await admin.reset();
      expect((await negotiate('/hubs/mt4/v1', { bearer: token })).status).toBe(200);
    });
  });

  describe('MT4 hub', () => {
    it('Connect returns true, then sends OnMT4ConnectionStatus', async () => {
      const connection = await mt4();
      const status = nextEvent(connection, 'OnMT4ConnectionStatus');
      expect(await connection.invoke('Connect', { tradePlatform: 'demo', timeoutMs: 30_000 })).toBe(true);
      expect(await status).toEqual([{ tradePlatform: 'demo', connected: true }]);
      const [me] = await admin.connections('mt4');
      expect(me).toMatchObject({ hub: 'mt4', clientId: 'rxhub-demo', platforms: ['demo'], groups: ['platform:demo'] });
    });

    it('SubscribeToTicks → camelCase ticks → UnsubscribeFromTicks, with the server counts following', async () => {
      const connection = await mt4();
      await connection.invoke('Connect', { tradePlatform: 'demo', timeoutMs: 30_000 });
      await admin.setTickRate({ intervalMs: 50 });
      const tick = nextEvent<[{ tradePlatform: string; tick: Record<string, unknown> }]>(connection, 'OnTick', {
        accept: (args) => args.tick?.symbol === 'EURUSD',
      });
      await connection.invoke('SubscribeToTicks', { tradePlatform: 'demo', symbol: 'EURUSD' });

      const [args] = await tick;
      expect(args).toEqual({
        tradePlatform: 'demo',
        tick: {
          symbol: 'EURUSD',
          bid: expect.any(Number),
          ask: expect.any(Number),
          lastTime: expect.stringMatching(ISO_DATE),
        },
      });
      expect(args.tick.ask as number).toBeGreaterThan(args.tick.bid as number);

      const subscribed = await admin.connection(connection.connectionId!);
      expect(subscribed?.subscriptions).toEqual({ 'SubscribeToTicks demo EURUSD': 1 });
      expect(subscribed?.groups).toContain('ticks:demo:EURUSD');

      await connection.invoke('UnsubscribeFromTicks', { tradePlatform: 'demo', symbol: 'EURUSD' });
      const after = await admin.connection(connection.connectionId!);
      expect(after?.subscriptions).toEqual({});
      expect(after?.groups).toEqual(['platform:demo']);
    });

    it('counts a duplicate subscribe as 2', async () => {
      const connection = await mt4();
      await connection.invoke('Connect', { tradePlatform: 'demo', timeoutMs: 30_000 });
      await connection.invoke('SubscribeToSymbols', { tradePlatform: 'demo' });
      await connection.invoke('SubscribeToSymbols', { tradePlatform: 'demo' });
      expect((await admin.connection(connection.connectionId!))?.subscriptions).toEqual({
        'SubscribeToSymbols demo': 2,
      });
    });

    it('sends OnMarginUpdate to connected platforms with string enums', async () => {
      const connection = await mt4();
      const update = nextEvent<[{ tradePlatform: string; margins: Record<string, unknown>[] }]>(
        connection,
        'OnMarginUpdate',
        {
          timeoutMs: 5_000,
        },
      );
      await connection.invoke('Connect', { tradePlatform: 'live', timeoutMs: 30_000 });
      const [args] = await update;
      expect(args.tradePlatform).toBe('live');
      expect(args.margins.length).toBeGreaterThan(0);
      for (const margin of args.margins) {
        expect(margin).toMatchObject({
          login: expect.any(Number),
          controllingType: 'Percent',
          level: expect.any(Number),
        });
        expect(['Ok', 'MarginCall', 'StopOut']).toContain(margin.levelType);
      }
    });

    it('rejects a subscribe before Connect, and an unknown symbol, in that invocation only', async () => {
      const connection = await mt4();
      await expect(connection.invoke('SubscribeToTicks', { tradePlatform: 'demo', symbol: 'EURUSD' })).rejects.toThrow(
        "HubException: Not connected to trade platform 'demo': call Connect first",
      );
      await expect(connection.invoke('Connect', { tradePlatform: 'demo', timeoutMs: 1_000 })).resolves.toBe(true);
      await expect(connection.invoke('SubscribeToTicks', { tradePlatform: 'demo', symbol: 'XYZ' })).rejects.toThrow(
        "HubException: Unknown symbol 'XYZ' on trade platform 'demo'",
      );
      await expect(connection.invoke('Connect', { tradePlatform: 'nowhere', timeoutMs: 1_000 })).rejects.toThrow(
        "Unknown trade platform 'nowhere'",
      );
      await expect(
        connection.invoke('SubscribeToTicks', { tradePlatform: 'demo', symbol: 'GBPUSD' }),
      ).resolves.toBeNull();
      expect(connection.state).toBe(HubConnectionState.Connected);
      const calls = await admin.calls({ connectionId: connection.connectionId! });
      expect(calls.map((c) => [c.method, c.error !== null])).toEqual([
        ['SubscribeToTicks', true],
        ['Connect', false],
        ['SubscribeToTicks', true],
        ['Connect', true],
        ['SubscribeToTicks', false],
      ]);
    });

    it('throws what /admin/fail asks for, the given number of times', async () => {
      const connection = await mt4();
      await admin.fail({ hub: 'mt4', method: 'Connect', message: 'platform is restarting', count: 1 });
      await expect(connection.invoke('Connect', { tradePlatform: 'demo', timeoutMs: 1_000 })).rejects.toThrow(
        'HubException: platform is restarting',
      );
      await expect(connection.invoke('Connect', { tradePlatform: 'demo', timeoutMs: 1_000 })).resolves.toBe(true);
    });

    it('holds a method as long as /admin/delay asks, once', async () => {
      const connection = await mt4();
      await admin.delay({ hub: 'mt4', method: 'Connect', delayMs: 300, count: 1 });
      const started = Date.now();
      await connection.invoke('Connect', { tradePlatform: 'demo', timeoutMs: 1_000 });
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);
      expect(await admin.delayRules()).toEqual([]);
    });

    it('sees a stream canceled by the client as canceled on the server', async () => {
      const connection = await mt4();
      await connection.invoke('Connect', { tradePlatform: 'demo', timeoutMs: 30_000 });
      const items: Record<string, unknown>[] = [];
      let subscription: ISubscription<Record<string, unknown>> | undefined;
      const first = new Promise<void>((resolve, reject) => {
        subscription = connection.stream<Record<string, unknown>>('StreamTrades', { tradePlatform: 'demo' }).subscribe({
          next: (item) => {
            items.push(item);
            resolve();
          },
          error: reject,
          complete: () => reject(new Error('stream completed')),
        });
      });
      await withTimeout(first, 5_000, 'first trade');
      expect(items[0]).toMatchObject({
        updateType: 'Add',
        symbol: expect.any(String),
        tradeCommand: expect.stringMatching(/^(Buy|Sell)$/),
        openTime: expect.stringMatching(ISO_DATE),
        convReserv: null,
      });
      expect((await admin.streams()).counters.StreamTrades).toMatchObject({ active: 1, canceled: 0 });

      subscription!.dispose();
      const streams = await waitFor(admin.streams.bind(admin), (s) => s.counters.StreamTrades?.canceled === 1, {
        what: 'the server to see the cancel',
      });
      expect(streams.counters.StreamTrades).toMatchObject({ started: 1, active: 0, canceled: 1, completed: 0 });
    });

    it('lets /admin/streams/complete end a stream normally', async () => {
      const connection = await mt4();
      await connection.invoke('Connect', { tradePlatform: 'demo', timeoutMs: 30_000 });
      const done = new Promise<number>((resolve, reject) => {
        let n = 0;
        connection.stream('StreamUserUpdates', { tradePlatform: 'demo' }).subscribe({
          next: () => n++,
          error: reject,
          complete: () => resolve(n),
        });
      });
      await waitFor(admin.streams.bind(admin), (s) => s.counters.StreamUserUpdates?.active === 1);
      expect(await admin.completeStreams('StreamUserUpdates')).toEqual({ completed: 1 });
      expect(await withTimeout(done, 5_000, 'stream completion')).toBeGreaterThan(0);
      expect((await admin.streams()).counters.StreamUserUpdates).toMatchObject({ active: 0, completed: 1 });
    });

    it('injects raw payloads, in order, for malformed-payload tests', async () => {
      const connection = await mt4();
      const received: unknown[] = [];
      connection.on('OnTick', (payload: unknown) => received.push(payload));
      await admin.inject({
        hub: 'mt4',
        event: 'OnTick',
        payloads: [{ tradePlatform: 'demo', tick: { symbol: 42 } }, 'garbage', null],
      });
      await waitFor(
        () => received.length,
        (n) => n === 3,
      );
      expect(received).toEqual([{ tradePlatform: 'demo', tick: { symbol: 42 } }, 'garbage', null]);
    });

    it('closes clients on /admin/abort without automatic reconnect', async () => {
      const connection = await mt4({ reconnectDelays: [0, 100] });
      let reconnecting = false;
      connection.onreconnecting(() => (reconnecting = true));
      const closed = new Promise<Error | undefined>((resolve) => connection.onclose(resolve));
      const { aborted } = await admin.abort('mt4');
      expect(aborted).toBeGreaterThanOrEqual(1);
      await withTimeout(closed, 5_000, 'onclose');
      expect(reconnecting).toBe(false);
      expect(connection.state).toBe(HubConnectionState.Disconnected);
      await waitFor(
        () => admin.connections('mt4'),
        (cs) => cs.length === 0,
        { what: 'the server to forget the connection' },
      );
    });
  });

  describe('/admin/stall', () => {
    it("holds one connection's bytes both ways without closing it, until released", async () => {
      const connection = await connect('/hubs/chat/v1');
      const other = await connect('/hubs/chat/v1');
      const { transport } = await admin.stall(connection.connectionId!);
      expect(await admin.stalled()).toEqual({ stalled: [transport] });

      let answer: string | undefined;
      const echo = connection.invoke<string>('Echo', 'held').then((text) => (answer = text));
      expect(await other.invoke('Echo', 'others go on')).toBe('others go on');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(answer).toBeUndefined();
      expect(connection.state).toBe(HubConnectionState.Connected);
      expect((await admin.connections('chat')).map((c) => c.id)).toContain(connection.connectionId);

      expect(await admin.releaseStalls()).toEqual({ released: 1 });
      expect(await withTimeout(echo, 5_000, 'the held Echo')).toBe('held');
      expect(await admin.stalled()).toEqual({ stalled: [] });
    });

    it('refuses an unknown connection', async () => {
      await expect(admin.stall('nope')).rejects.toThrow(
        'POST /admin/stall failed: HTTP 400 {"error":"bad_request","error_description":"unknown connection \'nope\'"}',
      );
    });
  });

  describe('MT5 hub', () => {
    it('Connect returns true, then OnMT5ConnectionStatus(tradePlatform, connected) as two arguments', async () => {
      const connection = await connect('/hubs/mt5/v1', { token: await admin.token() });
      const status = nextEvent(connection, 'OnMT5ConnectionStatus');
      expect(await connection.invoke('Connect', { tradePlatform: 'uat', timeoutMs: 30_000 })).toBe(true);
      expect(await status).toEqual(['uat', true]);
    });
  });

  describe('authentication', () => {
    it('accepts the token in the access_token query string (Server-Sent Events from Node)', async () => {
      const token = await admin.token();
      const connection = await mt4({ token, transport: HttpTransportType.ServerSentEvents });
      expect(await connection.invoke('Connect', { tradePlatform: 'demo', timeoutMs: 30_000 })).toBe(true);
      expect((await negotiate('/hubs/mt4/v1', { query: token })).status).toBe(200);
      expect((await negotiate('/hubs/mt4/v1', {})).status).toBe(401);
    });

    it('answers 401 to an expired token, on negotiate and on start', async () => {
      const token = await admin.token();
      expect((await negotiate('/hubs/mt4/v1', { bearer: token })).status).toBe(200);
      await admin.expireTokens();
      expect((await negotiate('/hubs/mt4/v1', { bearer: token })).status).toBe(401);
      expect((await negotiate('/hubs/mt5/v1', { query: token })).status).toBe(401);
      const connection = await mt4({ token, start: false });
      await expect(withTimeout(connection.start(), 10_000, 'start')).rejects.toThrow(/401/);
    });

    it('answers 401 to the WebSocket upgrade itself without a valid token (negotiation skipped)', async () => {
      const token = await admin.token();
      expect(await upgradeStatus('/hubs/mt4/v1', {})).toBe(401);
      expect(await upgradeStatus('/hubs/mt4/v1', { authorization: 'Bearer not-a-token' })).toBe(401);
      expect(await upgradeStatus('/hubs/mt4/v1', { authorization: `Bearer ${token}` })).toBe(101);
      expect(await upgradeStatus(`/hubs/mt4/v1?access_token=${token}`, {})).toBe(101);
      expect(await upgradeStatus('/hubs/test/v1', {})).toBe(101);
    });

    it('answers 401 to a WebSocket request without a token', async () => {
      const connection = await connect('/hubs/mt4/v1', { start: false });
      await expect(withTimeout(connection.start(), 10_000, 'start')).rejects.toThrow(/401/);
    });
  });

  /** Status of a raw WebSocket upgrade request (101 Switching Protocols when accepted). */
  function upgradeStatus(path: string, headers: Record<string, string>): Promise<number> {
    return withTimeout(
      new Promise<number>((resolve, reject) => {
        const req = request(`${url}${path}`, {
          headers: {
            connection: 'Upgrade',
            upgrade: 'websocket',
            'sec-websocket-version': '13',
            'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
            ...headers,
          },
        });
        req.on('upgrade', (response, socket) => {
          socket.destroy();
          resolve(response.statusCode!);
        });
        req.on('response', (response) => {
          response.resume();
          resolve(response.statusCode!);
        });
        req.on('error', reject);
        req.end();
      }),
      5_000,
      `upgrade ${path}`,
    );
  }

  function negotiate(path: string, auth: { bearer?: string; query?: string }): Promise<Response> {
    const query = auth.query ? `&access_token=${encodeURIComponent(auth.query)}` : '';
    return fetch(`${url}${path}/negotiate?negotiateVersion=1${query}`, {
      method: 'POST',
      headers: auth.bearer ? { authorization: `Bearer ${auth.bearer}` } : {},
      signal: AbortSignal.timeout(5_000),
    });
  }
});
