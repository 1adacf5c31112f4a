// Issue 8.2: the server process dies mid-stream (SIGKILL) and comes back on the same port: everything comes back,
// through SignalR's reconnect or, when the server stays down longer than that, RxHub's own restart with backoff. A
// server that never returns ends in one clear ConnectionFailedError after the configured policy, with nothing left.
import { HubConnectionState, type HubConnection, type IRetryPolicy, type RetryContext } from '@microsoft/signalr';
import { Subscription, type Observable } from 'rxjs';
import { backoff, ConnectionFailedError, type MT4Hub, type RxHub } from '../../src';
import type { SimulatorHandle } from '../support/SimulatorHandle';
import { startSimulator } from '../support/startSimulator';
import { trackTimers } from '../support/trackTimers';
import { waitFor } from '../support/waitFor';
import { writeFigures } from './figures';
import { hubFixture, quickReconnect, sleep } from './fixture';
import { full } from './scale';

const ARGS = ['--Simulator:TickIntervalMs=50', '--Simulator:StreamIntervalMs=100'];
const PLATFORMS = ['demo', 'live', 'uat'] as const;

/** A restart policy that records what RxHub asked it, and what `probe` read at each ask. */
function recording(
  policy: IRetryPolicy,
  probe: () => number = () => 0,
): IRetryPolicy & { readonly asked: (number | null)[]; readonly probed: number[] } {
  const asked: (number | null)[] = [];
  const probed: number[] = [];
  return {
    asked,
    probed,
    nextRetryDelayInMilliseconds: (context: RetryContext) => {
      const delay = policy.nextRetryDelayInMilliseconds(context);
      asked.push(delay);
      probed.push(probe());
      return delay;
    },
  };
}

/** Kills the simulator's process like a crash (SIGKILL) and waits until it has gone. */
async function crash(sim: SimulatorHandle): Promise<void> {
  const child = sim.process;
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** What one subscriber saw. */
interface Seen {
  received: number;
  errors: unknown[];
  completions: number;
}

function watch(source: Observable<unknown>, into: Subscription): Seen {
  const seen: Seen = { received: 0, errors: [], completions: 0 };
  into.add(
    source.subscribe({
      next: () => seen.received++,
      error: (error) => seen.errors.push(error),
      complete: () => seen.completions++,
    }),
  );
  return seen;
}

/** Ticks of three symbols and all ticks per platform, symbols updates, and the trades stream of the first. */
function subscribeAll(platforms: MT4Hub[], into: Subscription): { seen: Map<string, Seen>; topics: string[] } {
  const seen = new Map<string, Seen>();
  const topics: string[] = [];
  platforms.forEach((mt4, i) => {
    const platform = PLATFORMS[i];
    for (const symbol of ['EURUSD', 'GBPUSD', 'USDJPY']) {
      seen.set(`${platform} ${symbol}`, watch(mt4.ticks(symbol), into));
      topics.push(`SubscribeToTicks ${platform} ${symbol}`);
    }
    seen.set(`${platform} all`, watch(mt4.allTicks(), into));
    topics.push(`SubscribeToAllTicks ${platform}`);
  });
  seen.set('demo trades', watch(platforms[0].trades(), into));
  return { seen, topics };
}

async function everyoneReceives(seen: Map<string, Seen>, what: string, timeoutMs = 10_000): Promise<void> {
  const before = new Map([...seen].map(([key, s]) => [key, s.received]));
  await waitFor(
    () => [...seen].filter(([key, s]) => s.received <= before.get(key)!).map(([key]) => key),
    (starving) => starving.length === 0,
    { what, timeoutMs, intervalMs: 50 },
  );
}

function noErrors(seen: Map<string, Seen>): void {
  expect([...seen].filter(([, s]) => s.errors.length > 0 || s.completions > 0).map(([key]) => key)).toEqual([]);
}

describe('server process restart', () => {
  let sim: SimulatorHandle;
  let subscriptions: Subscription;

  beforeAll(async () => {
    sim = await startSimulator({ args: ARGS });
  }, 120_000);
  afterAll(() => sim?.stop());
  beforeEach(() => {
    subscriptions = new Subscription();
  });
  afterEach(() => subscriptions.unsubscribe());

  /** Server state after a recovery: the new connection holds every topic once, after one Connect per platform. */
  async function checkServer(hub: RxHub, topics: string[]): Promise<string> {
    const f = hubFixture(sim.url);
    const id = await waitFor(
      () => hub.connectionId,
      (connectionId) => connectionId !== undefined,
      { what: 'a connection', timeoutMs: 15_000 },
    );
    const expected = Object.fromEntries(topics.map((key) => [key, 1]));
    await waitFor(
      () => f.subscriptionsOf(id!),
      (subs) => JSON.stringify(subs && Object.keys(subs).sort()) === JSON.stringify(Object.keys(expected).sort()),
      { what: 'every topic on the new server', timeoutMs: 10_000 },
    );
    expect(await f.subscriptionsOf(id!)).toEqual(expected);
    const calls = await sim.admin.calls({ connectionId: id! });
    const connects = calls.findIndex((call) => call.method !== 'Connect');
    expect(
      calls
        .slice(0, connects)
        .map((call) => (call.args[0] as { tradePlatform: string }).tradePlatform)
        .sort(),
    ).toEqual([...PLATFORMS].sort());
    expect(calls.filter((call) => call.error !== null)).toEqual([]);
    await waitFor(
      () => sim.admin.streams(),
      (streams) => streams.active.some((s) => s.method === 'StreamTrades' && s.connectionId === id),
      { what: 'StreamTrades requested again', timeoutMs: 10_000 },
    );
    return id!;
  }

  it('comes back when the server is killed and restarted on the same port mid-stream', async () => {
    const f = hubFixture(sim.url);
    const { hub, platforms } = f.mt4(PLATFORMS);
    const states: string[] = [];
    subscriptions.add(hub.state$.subscribe((state) => states.push(state)));
    const { seen, topics } = subscribeAll(platforms, subscriptions);
    const before = await checkServer(hub, topics);
    await everyoneReceives(seen, 'every subscriber before the restart');

    const cycles = full ? 5 : 2;
    const backMs: number[] = [];
    for (let cycle = 0; cycle < cycles; cycle++) {
      const killedAt = Date.now();
      await sim.restart(); // SIGKILL, then a new process on the same port
      const id = await checkServer(hub, topics);
      expect(id).not.toBe(before);
      await everyoneReceives(seen, `every subscriber after restart ${cycle + 1}`);
      backMs.push(Date.now() - killedAt);
    }
    noErrors(seen);
    expect(states).toContain('Reconnecting');
    writeFigures('serverRestart.quick', { cycles, killToEveryoneReceivingMs: backMs });
  }, 120_000);

  it("restarts through RxHub's own backoff when the server stays down longer than SignalR's reconnect", async () => {
    const f = hubFixture(sim.url);
    const tokens = f.tokens();
    // Each ask notes how many tokens had been issued: an attempt that got one had reached the server.
    const policy = backoff({ initialDelay: 0, baseDelay: 100, maxDelay: 1000, jitter: 0.1 });
    const restart = recording(policy, () => tokens.issued.length);
    const { hub, platforms } = f.mt4(PLATFORMS, { tokens, config: { restart } });
    const gaps: { ms: number; reason?: string }[] = [];
    subscriptions.add(
      hub.gaps$.subscribe((gap) => gaps.push({ ms: gap.end - gap.start, reason: gap.reason?.message })),
    );
    const { seen, topics } = subscribeAll(platforms, subscriptions);
    await checkServer(hub, topics);
    await everyoneReceives(seen, 'every subscriber before the crash');

    await crash(sim);
    await sim.stop(); // its token file; the process is gone
    // SignalR's reconnect (0, 100, 200, 400, 500 ms) gives up well within this; RxHub's restart takes over.
    const downMs = 3000;
    await sleep(downMs);
    expect(restart.asked.length).toBeGreaterThan(0);
    expect(restart.asked.every((delay) => delay !== null && delay <= 1100)).toBe(true);
    const issuedWhileDown = tokens.issued.length;
    const startedAt = Date.now();
    sim = await startSimulator({ port: sim.port, args: ARGS });
    const backAt = Date.now();
    await checkServer(hub, topics);
    const backToEveryTopicMs = Date.now() - backAt;
    await everyoneReceives(seen, 'every subscriber after the server came back');
    noErrors(seen);
    expect(gaps).toHaveLength(1);
    expect(gaps[0].ms).toBeGreaterThanOrEqual(downMs);
    // The attempt that the policy had scheduled (at most 1 s + jitter away) when the server came back is the one
    // that reaches it, and it connects: the policy is asked nothing after a token was issued again. How long the
    // new process takes to start and to answer its first requests is the server's, not a measure of RxHub.
    expect(tokens.issued.length).toBeGreaterThan(issuedWhileDown);
    expect(restart.probed.filter((issued) => issued > issuedWhileDown)).toEqual([]);
    writeFigures('serverRestart.down', {
      downMs,
      restartPolicyAsked: restart.asked.length,
      delays: restart.asked,
      serverStartMs: backAt - startedAt,
      serverBackToEveryTopicMs: backToEveryTopicMs,
      gapMs: gaps[0].ms,
      gapReason: gaps[0].reason,
    });
  }, 60_000);

  it('ends in one clear ConnectionFailedError when the server never returns, and leaves nothing running', async () => {
    const doomed = await startSimulator({ args: ARGS });
    const timers = trackTimers();
    try {
      const f = hubFixture(doomed.url);
      const maxRetries = 3;
      const restart = recording(backoff({ initialDelay: 0, baseDelay: 100, maxRetries, jitter: 0 }));
      const tokens = f.tokens();
      const { hub, platforms } = f.mt4(PLATFORMS, { tokens, config: { restart } });
      const states: string[] = [];
      subscriptions.add(hub.state$.subscribe((state) => states.push(state)));
      const { seen } = subscribeAll(platforms, subscriptions);
      await everyoneReceives(seen, 'every subscriber before the crash');
      const connection: HubConnection = f.made.at(-1)!;
      expect(f.made).toHaveLength(1);
      const askedBefore = tokens.asked;

      const statesAtCrash = states.length;
      const crashedAt = Date.now();
      await crash(doomed);
      await waitFor(
        () => [...seen.values()].every((s) => s.errors.length > 0),
        (failed) => failed,
        { what: 'every subscriber to get the error', timeoutMs: 20_000 },
      );
      const failedAfterMs = Date.now() - crashedAt;

      // One clear error to each subscriber, once; no completion.
      for (const [key, s] of seen) {
        expect({ key, errors: s.errors.length, completions: s.completions }).toEqual({
          key,
          errors: 1,
          completions: 0,
        });
        const error = s.errors[0] as ConnectionFailedError;
        expect(error).toBeInstanceOf(ConnectionFailedError);
        expect(error.message).toMatch(/^Could not connect after \d+ attempts?: .+/);
      }
      const error = [...seen.values()][0].errors[0] as ConnectionFailedError;
      expect(restart.asked).toEqual([0, 100, 200, null]);
      const attempts = tokens.asked - askedBefore; // every start and reconnect attempt asks for a token

      // Nothing left: no topic, handler, call, timer or retry.
      expect(hub.stats()).toEqual({ topics: 0, handlers: 0, calls: 0 });
      expect(states.at(-1)).toBe(HubConnectionState.Disconnected);
      expect(connection.state).toBe(HubConnectionState.Disconnected);
      expect(Object.keys((connection as unknown as { _methods: object })._methods)).toEqual([]);
      await sleep(1500); // longer than any delay of either policy
      expect(tokens.asked - askedBefore).toBe(attempts);
      // SignalR's five reconnect attempts, then RxHub's three starts; after the error, nothing: idle once, for good.
      expect(attempts).toBe(quickReconnect.maxRetries + maxRetries);
      const afterCrash = states.slice(statesAtCrash);
      expect(afterCrash.filter((state) => state === HubConnectionState.Disconnected)).toHaveLength(1);
      expect(afterCrash.at(-1)).toBe(HubConnectionState.Disconnected);
      expect(restart.asked).toHaveLength(maxRetries + 1);
      expect(f.made).toHaveLength(1);
      expect(timers.pending()).toEqual([]);

      writeFigures('serverRestart.never', {
        signalrReconnect: quickReconnect,
        restartPolicy: { initialDelay: 0, baseDelay: 100, maxRetries, jitter: 0 },
        connectionAttemptsAfterCrash: attempts,
        restartPolicyAsked: restart.asked,
        errorAttempts: error.attempts,
        message: error.message,
        crashToErrorMs: failedAfterMs,
      });
    } finally {
      timers.stop();
      subscriptions.unsubscribe();
      await doomed.stop();
    }
  }, 60_000);
});
