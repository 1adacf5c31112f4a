// Issue 8.4: hub errors (an unknown symbol, a subscribe before Connect, a method that throws, an unknown method)
// reach only their caller: every other subscriber carries on, on the same connection; nothing is left behind on
// either side; and a later valid subscribe works.
import { firstValueFrom, Subscription, timeout, toArray, type Observable } from 'rxjs';
import { HubInvocationError, type MT4Hub } from '../../src';
import { simulatorFixture } from '../functional/fixtures';
import { waitFor } from '../support/waitFor';
import { writeFigures } from './figures';
import { seeded, withSeed } from './random';
import { scale } from './scale';

/** What one subscriber saw. */
interface Seen {
  received: number;
  errors: unknown[];
  completions: number;
}

/** The error `source` ends with (it must end with one), within 10 s. */
function failureOf(source: Observable<unknown>): Promise<unknown> {
  return firstValueFrom(source.pipe(toArray(), timeout(10_000))).then(
    (items) => {
      throw new Error(`expected an error, got ${items.length} items and completion`);
    },
    (error: unknown) => error,
  );
}

describe('hub errors reach only their caller', () => {
  const sim = simulatorFixture();
  let subscriptions: Subscription;
  let mt4: MT4Hub;
  let bystanders: Map<string, Seen>;

  /** Subscribers that must not notice anything: ticks of two symbols, all ticks of another platform, margins. */
  async function startBystanders(): Promise<void> {
    bystanders = new Map();
    const watch = (name: string, source: Observable<unknown>): void => {
      const seen: Seen = { received: 0, errors: [], completions: 0 };
      bystanders.set(name, seen);
      subscriptions.add(
        source.subscribe({
          next: () => seen.received++,
          error: (error) => seen.errors.push(error),
          complete: () => seen.completions++,
        }),
      );
    };
    watch('EURUSD', mt4.ticks('EURUSD'));
    watch('GBPUSD', mt4.ticks('GBPUSD'));
    watch('margins', mt4.margins());
    await stillReceiving();
  }

  async function stillReceiving(): Promise<void> {
    const before = new Map([...bystanders].map(([name, seen]) => [name, seen.received]));
    await waitFor(
      () => [...bystanders].filter(([name, seen]) => seen.received <= before.get(name)!).map(([name]) => name),
      (starving) => starving.length === 0,
      { what: 'every bystander to receive', timeoutMs: 10_000 },
    );
    expect([...bystanders].filter(([, seen]) => seen.errors.length + seen.completions > 0)).toEqual([]);
  }

  /** The client's and the server's view: only the bystanders' topics, one each. */
  async function clean(connectionId: string): Promise<void> {
    await waitFor(
      () => mt4.hub.stats(),
      (stats) => stats.topics === 4 && stats.calls === 0, // Connect, EURUSD, GBPUSD, margins
      { what: 'the client to hold only the bystanders', timeoutMs: 5000 },
    );
    expect(await sim.subscriptions()).toEqual({
      'SubscribeToTicks demo EURUSD': 1,
      'SubscribeToTicks demo GBPUSD': 1,
    });
    expect(mt4.hub.connectionId).toBe(connectionId);
  }

  beforeEach(async () => {
    subscriptions = new Subscription();
    await sim.admin.reset();
    mt4 = sim.mt4('demo');
    await startBystanders();
  });
  afterEach(async () => {
    subscriptions.unsubscribe();
    await sim.drained('mt4');
    expect(mt4.hub.stats()).toEqual({ topics: 0, handlers: 0, calls: 0 });
  });

  it('an unknown symbol fails its own subscribers only, every time, and leaves nothing behind', async () => {
    const connectionId = mt4.hub.connectionId!;
    const random = seeded();
    await withSeed(random, async () => {
      for (let round = 0; round < scale.hubErrorRounds; round++) {
        // Several subscribers of the bad topic, a new valid one alongside, in a random order.
        const bad = Array.from({ length: random.int(1, 4) }, () => failureOf(mt4.ticks('NOPE')));
        const good = firstValueFrom(mt4.ticks(random.pick(['USDJPY', 'AUDUSD', 'XAUUSD'])).pipe(timeout(10_000)));
        const errors = await Promise.all(bad);
        for (const error of errors) {
          expect(error).toBeInstanceOf(HubInvocationError);
          expect(error).toMatchObject({ method: 'SubscribeToTicks', connectionLost: false });
          expect((error as Error).message).toMatch(/^SubscribeToTicks failed: .*Unknown symbol 'NOPE'/);
        }
        expect((await good).bid).toEqual(expect.any(Number));
        await clean(connectionId);
      }
      await stillReceiving();
      // One server call per round, however many subscribers shared it; each round tried again.
      const nope = (await sim.admin.calls({ hub: 'mt4' })).filter(
        (call) => (call.args[0] as { symbol?: string } | undefined)?.symbol === 'NOPE',
      );
      expect(nope.map((call) => call.method)).toEqual(Array(scale.hubErrorRounds).fill('SubscribeToTicks'));
    });
  });

  it('a subscribe before Connect fails that caller only; the same topic through its hub works', async () => {
    const connectionId = mt4.hub.connectionId!;
    const args = { tradePlatform: 'live', symbol: 'EURUSD' };
    // A raw topic without the session set-up: the server has had no Connect for 'live' on this connection.
    const raw = mt4.hub.topic({
      subscribe: { method: 'SubscribeToTicks', args: [args] },
      unsubscribe: { method: 'UnsubscribeFromTicks', args: [args] },
    });
    const error = await failureOf(raw);
    expect(error).toBeInstanceOf(HubInvocationError);
    expect((error as Error).message).toMatch(/Not connected to trade platform 'live': call Connect first/);
    await clean(connectionId);
    await stillReceiving();

    const live = sim.mt4('live');
    const [tick] = await sim.first(live.ticks('EURUSD'));
    expect(tick.symbol).toBe('EURUSD');
    await stillReceiving();
  });

  it('a throwing subscribe, Connect or unsubscribe reaches only its caller (or errors$), and the next try works', async () => {
    const connectionId = mt4.hub.connectionId!;
    const reported: unknown[] = [];
    subscriptions.add(mt4.hub.errors$.subscribe((error) => reported.push(error)));

    // Subscribe throws once: its subscriber gets the message, the next subscriber of the same topic gets ticks.
    await sim.admin.fail({ hub: 'mt4', method: 'SubscribeToTicks', message: 'Feed for USDCHF is down', count: 1 });
    const error = await failureOf(mt4.ticks('USDCHF'));
    expect((error as Error).message).toMatch(/^SubscribeToTicks failed: .*Feed for USDCHF is down/);
    await clean(connectionId);
    expect((await sim.first(mt4.ticks('USDCHF')))[0].symbol).toBe('USDCHF');
    await clean(connectionId);

    // Unsubscribe throws once: nobody is subscribed any more, so errors$ says so; the client holds nothing.
    await sim.admin.fail({ hub: 'mt4', method: 'UnsubscribeFromTicks', message: 'Try later', count: 1 });
    const sub = mt4.ticks('NZDUSD').subscribe();
    await waitFor(
      () => sim.subscriptions(),
      (subs) => subs['SubscribeToTicks demo NZDUSD'] === 1,
      { what: 'NZDUSD subscribed' },
    );
    sub.unsubscribe();
    await waitFor(
      () => reported.length,
      (n) => n === 1,
      { what: 'the failed unsubscribe on errors$' },
    );
    expect(reported[0]).toBeInstanceOf(HubInvocationError);
    expect((reported[0] as Error).message).toMatch(/^UnsubscribeFromTicks failed: .*Try later/);
    await waitFor(
      () => mt4.hub.stats().topics,
      (n) => n === 4,
      { what: 'the topic gone from the client' },
    );
    // The server still counts that subscription: it refused to drop it. Nothing else is left.
    expect(await sim.subscriptions()).toEqual({
      'SubscribeToTicks demo EURUSD': 1,
      'SubscribeToTicks demo GBPUSD': 1,
      'SubscribeToTicks demo NZDUSD': 1,
    });

    // Connect throws once, on a hub of its own: that hub's subscribers get it, and its next subscriber connects.
    await sim.admin.fail({ hub: 'mt4', method: 'Connect', message: 'Platform uat is starting', count: 1 });
    const uat = sim.mt4('uat');
    const [a, b] = await Promise.all([failureOf(uat.ticks('EURUSD')), failureOf(uat.platformStatus())]);
    for (const failure of [a, b])
      expect((failure as Error).message).toMatch(/^Connect failed: .*Platform uat is starting/);
    await waitFor(
      () => uat.hub.stats(),
      (stats) => stats.topics === 0 && stats.calls === 0,
      { what: 'nothing held after the failed Connect' },
    );
    expect((await sim.first(uat.ticks('EURUSD')))[0].symbol).toBe('EURUSD');
    expect(mt4.hub.connectionId).toBe(connectionId);
    await stillReceiving();
    expect(reported).toHaveLength(1);
  });

  it('an invocation of an unknown method, or with bad arguments, fails that invocation only', async () => {
    const connectionId = mt4.hub.connectionId!;
    const unknown = await failureOf(mt4.hub.invoke('NoSuchMethod', 1));
    expect(unknown).toBeInstanceOf(HubInvocationError);
    expect((unknown as Error).message).toMatch(/^NoSuchMethod failed: /);
    const platform = await failureOf(mt4.hub.invoke('Connect', { tradePlatform: 'nope', timeoutMs: 1000 }));
    expect((platform as Error).message).toMatch(/Unknown trade platform 'nope'/);
    const args = await failureOf(mt4.hub.invoke('SubscribeToTicks', 'not an object', 2, 3));
    expect(args).toBeInstanceOf(HubInvocationError);
    await clean(connectionId);
    await stillReceiving();
    const calls = await sim.admin.calls({ hub: 'mt4' });
    writeFigures('hubErrors', {
      rounds: scale.hubErrorRounds,
      callsLogged: calls.length,
      refused: calls.filter((call) => call.error !== null).length,
    });
  });
});
