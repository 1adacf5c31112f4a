// The harness's fault injection (restart, TCP proxy drop) and the simulator's richer behaviour (tick modes, all-ticks,
// candles, margin scenarios, CSV replay, 1,000 symbols, bursts), on a simulator of its own with fast intervals.
import type { HubConnection } from '@microsoft/signalr';
import { connectHub, type ConnectHubOptions } from '../support/connectHub';
import { nextEvent } from '../support/nextEvent';
import type { SimulatorHandle } from '../support/SimulatorHandle';
import { startSimulator } from '../support/startSimulator';
import { startTcpProxy, type TcpProxy } from '../support/tcpProxy';
import { waitFor } from '../support/waitFor';
import { withTimeout } from '../support/withTimeout';

type TickArgs = { tradePlatform: string; tick: { symbol: string; bid: number; ask: number; lastTime: string } };

describe('simulator harness', () => {
  let sim: SimulatorHandle;
  const open: HubConnection[] = [];

  beforeAll(async () => {
    sim = await startSimulator({
      args: [
        '--Simulator:TickIntervalMs=50',
        '--Simulator:SymbolCount=1000',
        '--Simulator:OhlcIntervalMs=300',
        '--Simulator:SymbolUpdateIntervalMs=200',
        '--Simulator:OnlineIntervalMs=200',
        '--Simulator:MarginIntervalMs=100',
        '--Simulator:MarginCycleMs=3000',
        '--Simulator:ReplayCsv=test/fixtures/ticks/EURUSD-2019-02-04T00.csv',
        '--Simulator:ReplaySpeed=5',
      ],
    });
  }, 120_000);
  afterAll(() => sim?.stop());
  beforeEach(() => sim.admin.reset());
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => withTimeout(c.stop(), 5_000, 'stop')));
  });

  const mt4 = async (options: ConnectHubOptions & { url?: string } = {}): Promise<HubConnection> => {
    const token = await sim.admin.token();
    const connection = await connectHub(options.url ?? sim.url, '/hubs/mt4/v1', { token, ...options, start: false });
    open.push(connection);
    await withTimeout(connection.start(), 10_000, 'start');
    await connection.invoke('Connect', { tradePlatform: 'demo', timeoutMs: 30_000 });
    return connection;
  };

  const collect = <A extends unknown[]>(connection: HubConnection, event: string): A[] => {
    const seen: A[] = [];
    connection.on(event, (...args: unknown[]) => seen.push(args as A));
    return seen;
  };

  it('restart() drops the transport: SignalR reconnects, and the token still works', async () => {
    const connection = await mt4({ reconnectDelays: [0, 200, 500, 1000, 1000, 1000] });
    const before = connection.connectionId;
    let reconnecting = 0;
    connection.onreconnecting(() => reconnecting++);
    const reconnected = new Promise<string | undefined>((resolve) => connection.onreconnected(resolve));
    await sim.restart();
    const after = await withTimeout(reconnected, 15_000, 'onreconnected');
    expect(reconnecting).toBe(1);
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    // A new server process: no platforms for this connection until it connects again.
    await expect(connection.invoke('SubscribeToSymbols', { tradePlatform: 'demo' })).rejects.toThrow(
      'call Connect first',
    );
    await expect(connection.invoke('Connect', { tradePlatform: 'demo', timeoutMs: 1_000 })).resolves.toBe(true);
  }, 30_000);

  describe('through a TCP proxy', () => {
    let proxy: TcpProxy;
    beforeEach(async () => {
      proxy = await startTcpProxy(sim.port);
    });
    afterEach(() => proxy.close());

    it('dropAll() cuts the transport: automatic reconnect with a new connection id', async () => {
      const connection = await mt4({ url: `http://127.0.0.1:${proxy.port}`, reconnectDelays: [0, 200, 500] });
      const before = connection.connectionId!;
      expect(proxy.connections).toBeGreaterThanOrEqual(1);
      const reconnected = new Promise<string | undefined>((resolve) => connection.onreconnected(resolve));
      expect(proxy.dropAll()).toBeGreaterThanOrEqual(1);
      const after = await withTimeout(reconnected, 10_000, 'onreconnected');
      expect(after).not.toBe(before);
      const ids = await waitFor(
        async () => (await sim.admin.connections('mt4')).map((c) => c.id),
        (list) => !list.includes(before) && list.includes(after!),
        { what: 'the server to swap connections' },
      );
      expect(ids).toContain(after);
    });

    it('a stateful reconnect survives dropAll() silently: same connection id, groups kept', async () => {
      const connection = await mt4({
        url: `http://127.0.0.1:${proxy.port}`,
        reconnectDelays: [0, 200, 500],
        statefulReconnect: true,
      });
      const id = connection.connectionId!;
      let reconnecting = 0;
      connection.onreconnecting(() => reconnecting++);
      await connection.invoke('SubscribeToTicks', { tradePlatform: 'demo', symbol: 'USDCAD' });
      expect(proxy.dropAll()).toBeGreaterThanOrEqual(1);
      await waitFor(
        () => proxy.connections,
        (n) => n >= 1,
        { what: 'the transport to come back' },
      );
      const tick = nextEvent<[TickArgs]>(connection, 'OnTick', { accept: (t) => t.tick.symbol === 'USDCAD' });
      await withTimeout(tick, 5_000, 'a tick after the silent reconnect');
      expect(reconnecting).toBe(0);
      expect(connection.connectionId).toBe(id);
      expect((await sim.admin.connection(id))?.groups).toContain('ticks:demo:USDCAD');
    });
  });

  it('sends OnTicks batches in batch mode and both kinds in mixed mode', async () => {
    const connection = await mt4();
    const singles = collect<[TickArgs]>(connection, 'OnTick');
    const batches = collect<[{ tradePlatform: string; ticks: TickArgs[] }]>(connection, 'OnTicks');
    await connection.invoke('SubscribeToTicks', { tradePlatform: 'demo', symbol: 'GBPUSD' });
    await connection.invoke('SubscribeToTicks', { tradePlatform: 'demo', symbol: 'USDJPY' });
    await sim.admin.setTickRate({ mode: 'batch' });
    await waitFor(
      () => batches.length,
      (n) => n >= 2,
      { what: 'OnTicks' },
    );
    const [batch] = batches[batches.length - 1]!;
    expect(batch.tradePlatform).toBe('demo');
    expect(batch.ticks.map((t) => t.tick.symbol).sort()).toEqual(['GBPUSD', 'USDJPY']);
    expect(batch.ticks[0]).toMatchObject({ tradePlatform: 'demo', tick: { bid: expect.any(Number) } });

    await sim.admin.setTickRate({ mode: 'mixed' });
    singles.length = 0;
    batches.length = 0;
    await waitFor(
      () => [singles.length, batches.length],
      ([s, b]) => s! >= 2 && b! >= 2,
      { what: 'both kinds' },
    );
  });

  it('never sends a tick twice to a connection subscribed to a symbol and to all ticks', async () => {
    const connection = await mt4();
    const ticks = collect<[TickArgs]>(connection, 'OnTick');
    await connection.invoke('SubscribeToTicks', { tradePlatform: 'demo', symbol: 'AUDUSD' });
    await connection.invoke('SubscribeToAllTicks', { tradePlatform: 'demo' });
    await waitFor(
      () => ticks.filter(([t]) => t.tick.symbol === 'AUDUSD').length,
      (n) => n >= 5,
      { what: 'AUDUSD ticks' },
    );
    const audusd = ticks.filter(([t]) => t.tick.symbol === 'AUDUSD').map(([t]) => t.tick.lastTime);
    expect(new Set(audusd).size).toBe(audusd.length);
    expect(new Set(ticks.map(([t]) => t.tick.symbol)).size).toBeGreaterThan(100); // all 1,012 symbols tick
  });

  it('ticks 1,000 subscribed symbols every interval', async () => {
    const connection = await mt4();
    const seen = new Set<string>();
    connection.on('OnTick', (args: TickArgs) => seen.add(args.tick.symbol));
    const symbols = Array.from({ length: 1000 }, (_, i) => `SYM${String(i + 1).padStart(4, '0')}`);
    await Promise.all(
      symbols.map((symbol) => connection.invoke('SubscribeToTicks', { tradePlatform: 'demo', symbol })),
    );
    const me = await sim.admin.connection(connection.connectionId!);
    expect(Object.keys(me!.subscriptions)).toHaveLength(1000);
    await waitFor(
      () => seen.size,
      (n) => n === 1000,
      { timeoutMs: 5_000, what: 'a tick of every symbol' },
    );
  });

  it('sends OnTicksOHLC candles of the subscribed symbols', async () => {
    const connection = await mt4();
    const candles = nextEvent<[{ tradePlatform: string; ticks: Record<string, unknown>[] }]>(connection, 'OnTicksOHLC');
    await connection.invoke('SubscribeToTicks', { tradePlatform: 'demo', symbol: 'XAUUSD' });
    const [args] = await candles;
    expect(args.tradePlatform).toBe('demo');
    expect(args.ticks).toEqual([
      {
        symbol: 'XAUUSD',
        open: { bid: expect.any(Number), ask: expect.any(Number) },
        maximum: { bid: expect.any(Number), ask: expect.any(Number) },
        minimum: { bid: expect.any(Number), ask: expect.any(Number) },
        close: { bid: expect.any(Number), ask: expect.any(Number) },
        lastTime: expect.stringMatching(/Z$/),
        volume: expect.any(Number),
      },
    ]);
    const candle = args.ticks[0] as {
      maximum: { bid: number };
      minimum: { bid: number };
      volume: number;
      lastTime: string;
    };
    expect(candle.maximum.bid).toBeGreaterThanOrEqual(candle.minimum.bid);
    expect(candle.volume).toBeGreaterThanOrEqual(1);
    expect(Date.parse(candle.lastTime) % 300).toBe(0); // the window's open time
  });

  it('sends symbol and online updates to their subscribers only', async () => {
    const connection = await mt4();
    const symbols = collect<[{ type: string; symbol: Record<string, unknown> }]>(connection, 'OnSymbolUpdate');
    const online = collect<[{ type: string; login: number }]>(connection, 'OnOnlineUpdate');
    await new Promise((r) => setTimeout(r, 500));
    expect([symbols.length, online.length]).toEqual([0, 0]);
    await connection.invoke('SubscribeToSymbols', { tradePlatform: 'demo' });
    await connection.invoke('SubscribeToOnlineUpdates', { tradePlatform: 'demo' });
    await waitFor(
      () => [symbols.length, online.length],
      ([s, o]) => s! >= 2 && o! >= 2,
      { what: 'updates' },
    );
    expect(symbols[0]![0]).toMatchObject({
      tradePlatform: 'demo',
      type: 'Update',
      symbol: { tradeMode: 'Full', gtcMode: 'GTC', sessions: expect.any(Array), starting: expect.stringMatching(/Z$/) },
    });
    expect(symbols[0]![0].symbol.sessions).toHaveLength(7);
    expect(['Add', 'Delete']).toContain(online[0]![0].type);
  });

  it('walks margin levels Ok → MarginCall → StopOut → Ok, and streams only the accounts in trouble', async () => {
    const connection = await mt4();
    const states: string[] = [];
    connection.on('OnMarginUpdate', (args: { margins: { login: number; levelType: string }[] }) => {
      const state = args.margins.find((m) => m.login === 1001)!.levelType;
      if (states[states.length - 1] !== state) states.push(state);
    });
    const streamed: { levelType: string }[] = [];
    const subscription = connection
      .stream<{ levelType: string }>('StreamMarginCallUpdates', { tradePlatform: 'demo' })
      .subscribe({
        next: (m) => streamed.push(m),
        error: () => undefined,
        complete: () => undefined,
      });
    const order = ['Ok', 'MarginCall', 'StopOut'];
    await waitFor(
      () => states.join(','),
      (s) =>
        /Ok,MarginCall,StopOut,Ok/.test(s) ||
        /MarginCall,StopOut,Ok,MarginCall/.test(s) ||
        /StopOut,Ok,MarginCall,StopOut/.test(s),
      { timeoutMs: 8_000, what: 'a full margin cycle of login 1001' },
    );
    for (let i = 1; i < states.length; i++)
      expect(order.indexOf(states[i]!)).toBe((order.indexOf(states[i - 1]!) + 1) % 3);
    subscription.dispose();
    expect(streamed.length).toBeGreaterThan(0);
    expect(streamed.every((m) => m.levelType !== 'Ok')).toBe(true);
  });

  it('keeps every other connection`s ticks and margin updates coming while one connection reads nothing', async () => {
    const stalled = await mt4();
    await stalled.invoke('SubscribeToAllTicks', { tradePlatform: 'demo' });
    const healthy = await mt4();
    await healthy.invoke('SubscribeToTicks', { tradePlatform: 'demo', symbol: 'EURUSD' });
    const arrivals = { OnMarginUpdate: [] as number[], OnTick: [] as number[] };
    for (const event of ['OnMarginUpdate', 'OnTick'] as const)
      healthy.on(event, () => arrivals[event].push(Date.now()));
    // Its socket takes no more bytes: the server's writes to it back up until its buffers are full.
    await sim.admin.stall(stalled.connectionId!);
    const from = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await sim.admin.releaseStalls();
    // The longest silence the healthy connection saw, counted from the stall to its last arrival.
    const longestGap = (times: number[]) =>
      Math.max(...[from, ...times.filter((t) => t >= from)].map((t, i, all) => (all[i + 1] ?? from + 3_000) - t));
    expect(longestGap(arrivals.OnMarginUpdate)).toBeLessThan(1_000); // one every 100 ms
    expect(longestGap(arrivals.OnTick)).toBeLessThan(1_000); // one every 50 ms
  });

  it('replays the CSV fixture as EURUSD ticks with their recorded times', async () => {
    const connection = await mt4();
    const ticks = collect<[TickArgs]>(connection, 'OnTick');
    // From the recording's start, where every 25 s (5 s at ReplaySpeed=5) holds 10 ticks or more; later on it has
    // stretches of half a minute without one, where this simulator's uptime would otherwise put the replay.
    await sim.admin.replay(0);
    await connection.invoke('SubscribeToTicks', { tradePlatform: 'demo', symbol: 'EURUSD' });
    await waitFor(
      () => ticks.length,
      (n) => n >= 3,
      { what: 'replayed ticks' },
    );
    expect(ticks[0]![0].tick.lastTime < '2019-02-04T00:02').toBe(true); // rewound: not where the uptime points
    for (const [{ tick }] of ticks) {
      expect(tick.lastTime.startsWith('2019-02-04T00:')).toBe(true);
      expect(tick.bid).toBeGreaterThan(1.14);
      expect(tick.bid).toBeLessThan(1.15);
    }
    const times = ticks.map(([t]) => Date.parse(t.tick.lastTime));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('bursts OnTick messages to a symbol group and reports the time taken', async () => {
    const connection = await mt4();
    let received = 0;
    connection.on('OnTick', (args: TickArgs) => {
      if (args.tick.symbol === 'NZDUSD') received++;
    });
    await connection.invoke('SubscribeToTicks', { tradePlatform: 'demo', symbol: 'NZDUSD' });
    await sim.admin.setTickRate({ intervalMs: 60_000 });
    await new Promise((r) => setTimeout(r, 100)); // let the round in progress finish
    const before = received;
    const result = await sim.admin.burst({ platform: 'demo', symbol: 'NZDUSD', count: 2_000 });
    expect(result).toMatchObject({ count: 2_000, messages: 2_000, elapsedMs: expect.any(Number) });
    await waitFor(
      () => received - before,
      (n) => n === 2_000,
      { what: 'every burst tick' },
    );
  });
});

describe('simulator with ClockSpeed', () => {
  let sim: SimulatorHandle;
  let connection: HubConnection | undefined;

  beforeAll(async () => {
    sim = await startSimulator({ args: ['--Simulator:ClockSpeed=6', '--Simulator:TickIntervalMs=50'] });
  }, 120_000);
  afterAll(async () => {
    if (connection) await withTimeout(connection.stop(), 5_000, 'stop');
    await sim?.stop();
  });

  it('stamps random-walk ticks on a clock ClockSpeed times faster than the wall clock', async () => {
    connection = await connectHub(sim.url, '/hubs/mt4/v1', { token: await sim.admin.token() });
    await connection.invoke('Connect', { tradePlatform: 'demo', timeoutMs: 30_000 });
    const ticks: { at: number; time: number }[] = [];
    connection.on('OnTick', ({ tick }: TickArgs) => ticks.push({ at: Date.now(), time: Date.parse(tick.lastTime) }));
    await connection.invoke('SubscribeToTicks', { tradePlatform: 'demo', symbol: 'EURUSD' });
    await waitFor(
      () => ticks.length,
      (n) => n > 0,
      { what: 'a tick' },
    );
    const first = ticks[ticks.length - 1];
    await new Promise((r) => setTimeout(r, 4_000));
    const last = ticks[ticks.length - 1];
    // Over 4 s, what a tick's delivery may lag (a few ms, up to a scheduling pause under load) moves the ratio
    // by well under one.
    const ratio = (last.time - first.time) / (last.at - first.at);
    expect(ratio).toBeGreaterThan(5);
    expect(ratio).toBeLessThan(7);
    const times = ticks.map(({ time }) => time);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});
