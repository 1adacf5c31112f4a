// RxHub with the real @microsoft/signalr client against the real ASP.NET Core simulator over loopback.
import { HttpTransportType } from '@microsoft/signalr';
import { firstValueFrom, merge, Subscription, take, timeout, toArray } from 'rxjs';
import { HubInvocationError, MT4Hub, TestHub, type Gap } from '../../src';
import { startTcpProxy } from '../support/tcpProxy';
import { waitFor } from '../support/waitFor';
import { protocols, simulatorFixture } from './fixtures';

describe.each(protocols)('RxHub against the simulator over %s', (protocol) => {
  const sim = simulatorFixture(protocol);
  let subscriptions: Subscription;

  beforeEach(async () => {
    subscriptions = new Subscription();
    await sim.admin.reset();
  });
  afterEach(async () => {
    subscriptions.unsubscribe();
    await sim.drained('mt4');
    await sim.drained('test');
  });

  it('round-trips the Test hub: server time, ping and pong, clock', async () => {
    const test = new TestHub(sim.rxHub('/hubs/test/v1'));
    const [time] = await sim.first(test.serverTime());
    expect(time).toBeInstanceOf(Date);
    expect(Math.abs(time.getTime() - Date.now())).toBeLessThan(5000);

    const pong = sim.first(test.pong());
    await sim.first(test.hub.state$.pipe(take(1)));
    subscriptions.add(test.ping('hello rxhub').subscribe());
    expect(await pong).toEqual(['hello rxhub']);

    const clock = await sim.first(test.clock(), 2);
    expect(clock[1].getTime()).toBeGreaterThan(clock[0].getTime());
  });

  it('subscribes once for many subscribers, delivers ticks, and leaves nothing on the server', async () => {
    const mt4 = sim.mt4();
    const ticks = mt4.ticks('EURUSD');
    const received = [0, 0, 0];
    for (const i of [0, 1, 2]) subscriptions.add(ticks.subscribe(() => received[i]++));
    await waitFor(
      () => received,
      (counts) => counts.every((n) => n >= 3),
      { what: 'three ticks for each subscriber', timeoutMs: 10_000 },
    );
    expect(await sim.subscriptions()).toEqual({ 'SubscribeToTicks demo EURUSD': 1 });
    const calls = await sim.admin.calls({ hub: 'mt4' });
    expect(calls.map((call) => call.method)).toEqual(['Connect', 'SubscribeToTicks']);

    subscriptions.unsubscribe();
    await sim.drained('mt4');
    const after = await sim.admin.calls({ hub: 'mt4' });
    expect(after.map((call) => call.method)).toEqual(['Connect', 'SubscribeToTicks', 'UnsubscribeFromTicks']);
    expect(mt4.hub.stats()).toEqual({ topics: 0, handlers: 0, calls: 0 });
  });

  it('restarts after the server aborts every connection, replaying Connect and then each topic exactly once', async () => {
    const mt4 = sim.mt4();
    const gaps: Gap[] = [];
    const seen: Record<string, number> = {};
    subscriptions.add(mt4.hub.gaps$.subscribe((gap) => gaps.push(gap)));
    const errors: unknown[] = [];
    for (const symbol of ['EURUSD', 'GBPUSD', 'USDJPY']) {
      subscriptions.add(
        mt4
          .ticks(symbol)
          .subscribe({ next: () => (seen[symbol] = (seen[symbol] ?? 0) + 1), error: (e) => errors.push(e) }),
      );
    }
    await waitFor(
      () => Object.keys(seen).length,
      (n) => n === 3,
      { what: 'ticks of three symbols', timeoutMs: 10_000 },
    );
    const before = mt4.hub.connectionId;

    await sim.admin.clearCalls();
    expect((await sim.admin.abort('mt4')).aborted).toBe(1);
    await waitFor(
      () => gaps.length,
      (n) => n === 1,
      { what: 'the gap to close', timeoutMs: 10_000 },
    );
    expect(gaps[0]).toMatchObject({ topics: 4, connectionId: mt4.hub.connectionId });
    expect(mt4.hub.connectionId).not.toBe(before);

    for (const key of Object.keys(seen)) seen[key] = 0;
    await waitFor(
      () => seen,
      (s) => Object.values(s).every((n) => n > 0),
      { what: 'ticks after the restart' },
    );
    expect(errors).toEqual([]);
    expect(await sim.subscriptions()).toEqual({
      'SubscribeToTicks demo EURUSD': 1,
      'SubscribeToTicks demo GBPUSD': 1,
      'SubscribeToTicks demo USDJPY': 1,
    });
    const replay = (await sim.admin.calls({ hub: 'mt4' })).map((call) => call.method);
    expect(replay).toEqual(['Connect', 'SubscribeToTicks', 'SubscribeToTicks', 'SubscribeToTicks']);
  });

  it('reconnects through SignalR when the transport drops, and resubscribes exactly once', async () => {
    const proxy = await startTcpProxy(Number(new URL(sim.url).port));
    try {
      const proxied = sim.mt4('demo', { baseUrl: `http://127.0.0.1:${proxy.port}` });
      const states: string[] = [];
      subscriptions.add(proxied.hub.state$.subscribe((state) => states.push(state)));
      let ticks = 0;
      subscriptions.add(proxied.ticks('EURUSD').subscribe(() => ticks++));
      await waitFor(
        () => ticks,
        (n) => n > 2,
        { what: 'ticks through the proxy', timeoutMs: 10_000 },
      );
      await sim.admin.clearCalls();

      proxy.dropAll();
      await waitFor(
        () => states,
        (s) => s.includes('Reconnecting') && s.at(-1) === 'Connected',
        {
          what: 'an automatic reconnect',
          timeoutMs: 10_000,
        },
      );
      ticks = 0;
      await waitFor(
        () => ticks,
        (n) => n > 2,
        { what: 'ticks after the reconnect', timeoutMs: 10_000 },
      );
      expect((await sim.admin.calls({ hub: 'mt4' })).map((call) => call.method)).toEqual([
        'Connect',
        'SubscribeToTicks',
      ]);
      expect(await sim.subscriptions()).toEqual({ 'SubscribeToTicks demo EURUSD': 1 });
    } finally {
      subscriptions.unsubscribe();
      await sim.drained('mt4');
      await proxy.close();
    }
  });

  it('bridges a transport drop with stateful reconnect: no gap, no resubscribe, no tick lost or repeated', async () => {
    const proxy = await startTcpProxy(Number(new URL(sim.url).port));
    try {
      const proxied = sim.mt4('demo', { baseUrl: `http://127.0.0.1:${proxy.port}`, statefulReconnect: true });
      const states: string[] = [];
      const gaps: Gap[] = [];
      const times: number[] = [];
      subscriptions.add(proxied.hub.state$.subscribe((state) => states.push(state)));
      subscriptions.add(proxied.hub.gaps$.subscribe((gap) => gaps.push(gap)));
      subscriptions.add(proxied.ticks('EURUSD').subscribe((tick) => times.push(tick.lastTime!.getTime())));
      await waitFor(
        () => times.length,
        (n) => n > 2,
        { what: 'ticks through the proxy', timeoutMs: 10_000 },
      );
      const id = proxied.hub.connectionId;
      await sim.admin.clearCalls();

      expect(proxy.dropAll()).toBeGreaterThanOrEqual(1);
      const before = times.length;
      await waitFor(
        () => times.length,
        (n) => n > before + 2,
        { what: 'ticks after the silent reconnect', timeoutMs: 10_000 },
      );
      expect(proxy.connections).toBeGreaterThanOrEqual(1);
      expect(proxied.hub.connectionId).toBe(id);
      expect(states.filter((state) => state === 'Reconnecting')).toEqual([]);
      expect(gaps).toEqual([]);
      expect(await sim.admin.calls({ hub: 'mt4' })).toEqual([]);
      expect(await sim.subscriptions()).toEqual({ 'SubscribeToTicks demo EURUSD': 1 });
      // A symbol's ticks come in time order, one per interval: a message replayed twice would repeat a time.
      expect(times.filter((time, i) => i > 0 && time <= times[i - 1])).toEqual([]);
    } finally {
      subscriptions.unsubscribe();
      await sim.drained('mt4');
      await proxy.close();
    }
  });

  it('gives a hub exception to its caller only', async () => {
    const mt4 = sim.mt4();
    let good = 0;
    subscriptions.add(mt4.ticks('EURUSD').subscribe(() => good++));
    const failure = await firstValueFrom(mt4.ticks('NOPE').pipe(toArray(), timeout(10_000))).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HubInvocationError);
    expect((failure as Error).message).toMatch(/SubscribeToTicks failed: .*Unknown symbol 'NOPE'/);
    const before = good;
    await waitFor(
      () => good,
      (n) => n > before + 2,
      { what: 'EURUSD ticks after the failure' },
    );
    expect(await sim.subscriptions()).toEqual({ 'SubscribeToTicks demo EURUSD': 1 });
  });

  it('cancels a stream on the server when the subscriber leaves', async () => {
    const mt4 = sim.mt4();
    const trades = await firstValueFrom(merge(mt4.trades()).pipe(take(1), timeout(10_000)));
    expect(trades.openTime).toBeInstanceOf(Date);
    await waitFor(
      () => sim.admin.streams(),
      (streams) => streams.counters.StreamTrades?.canceled === 1 && streams.active.length === 0,
      { what: 'StreamTrades canceled on the server' },
    );
  });
});

// Server-Sent Events carry text only: JSON.
describe('RxHub against the simulator over Server-Sent Events', () => {
  const sim = simulatorFixture();
  afterEach(() => sim.drained('mt4'));

  it('sends the token in the query string over Server-Sent Events', async () => {
    const tokens = sim.tokens();
    const hub = sim.rxHub('/hubs/mt4/v1', { tokens, transport: HttpTransportType.ServerSentEvents });
    const [status] = await sim.first(new MT4Hub(hub, { tradePlatform: 'live' }).platformStatus());
    expect(status).toEqual({ tradePlatform: 'live', connected: true });
  });
});
