// Issue 8.1: forced disconnects. 50 topics over 3 trade platforms on one connection, abort-alls at random moments
// (seeded) with subscriber churn around them; after every recovery the simulator holds exactly the client's active
// topics, Connect came first, and every subscriber is still receiving without ever seeing an error or a completion.
import { Subscription, type Observable } from 'rxjs';
import type { AdminCall } from '../support/SimulatorAdmin';
import type { SimulatorHandle } from '../support/SimulatorHandle';
import { startSimulator } from '../support/startSimulator';
import { waitFor } from '../support/waitFor';
import { writeFigures } from './figures';
import { hubFixture, sleep, summary } from './fixture';
import { seeded, withSeed } from './random';
import { scale } from './scale';

const PLATFORMS = ['demo', 'live', 'uat'] as const;
const SYMBOLS = [
  ...['EURUSD', 'GBPUSD', 'USDJPY', 'USDCHF', 'AUDUSD', 'USDCAD', 'NZDUSD', 'EURGBP', 'EURJPY', 'XAUUSD'],
  ...['BTCUSD', 'ETHUSD', 'SYM0001', 'SYM0002', 'SYM0003', 'SYM0004', 'SYM0005', 'SYM0006', 'SYM0007', 'SYM0008'],
];

/** One topic the spec can hold: its key in the simulator's subscription counts, and how to observe it. */
interface TopicDef {
  readonly key: string;
  readonly platform: string;
  readonly open: () => Observable<unknown>;
}

/** One subscriber, and everything it saw. */
interface Subscriber {
  readonly id: number;
  readonly topic: TopicDef;
  subscription?: Subscription;
  received: number;
  errors: unknown[];
  completions: number;
}

describe('forced disconnects', () => {
  let sim: SimulatorHandle;

  beforeAll(async () => {
    sim = await startSimulator({
      args: [
        '--Simulator:SymbolCount=8',
        '--Simulator:TickIntervalMs=50',
        '--Simulator:SymbolUpdateIntervalMs=200',
        '--Simulator:OnlineIntervalMs=200',
        '--Simulator:CallLogSize=50000', // every call of the run, for the final check
      ],
    });
  }, 120_000);
  afterAll(() => sim?.stop());

  it(
    `keeps the server's subscriptions equal to the client's ${scale.topics} topics through ${scale.aborts} abort-alls`,
    async () => {
      const random = seeded();
      const f = hubFixture(sim.url);
      const { hub, platforms } = f.mt4(PLATFORMS);
      const all = new Subscription();
      await withSeed(random, async () => {
        const pool: TopicDef[] = platforms.flatMap((mt4, i) => {
          const platform = PLATFORMS[i];
          return [
            ...SYMBOLS.map((symbol) => ({
              key: `SubscribeToTicks ${platform} ${symbol}`,
              platform,
              open: () => mt4.ticks(symbol),
            })),
            { key: `SubscribeToAllTicks ${platform}`, platform, open: () => mt4.allTicks() },
            { key: `SubscribeToSymbols ${platform}`, platform, open: () => mt4.symbols() },
            { key: `SubscribeToOnlineUpdates ${platform}`, platform, open: () => mt4.onlineUpdates() },
          ];
        });
        const subscribers = new Set<Subscriber>();
        const everyone: Subscriber[] = [];
        let nextId = 0;
        const gaps: number[] = [];
        all.add(hub.gaps$.subscribe((gap) => gaps.push(gap.end - gap.start)));

        const active = (): Map<string, Subscriber[]> => {
          const byKey = new Map<string, Subscriber[]>();
          for (const s of subscribers) byKey.set(s.topic.key, [...(byKey.get(s.topic.key) ?? []), s]);
          return byKey;
        };
        const add = (topic: TopicDef): void => {
          const s: Subscriber = { id: nextId++, topic, received: 0, errors: [], completions: 0 };
          subscribers.add(s);
          everyone.push(s);
          s.subscription = topic.open().subscribe({
            next: () => s.received++,
            error: (error) => s.errors.push(error),
            complete: () => s.completions++,
          });
          all.add(s.subscription);
        };
        const remove = (s: Subscriber): void => {
          subscribers.delete(s);
          all.remove(s.subscription!);
          s.subscription!.unsubscribe();
        };
        /** A few random joins and leaves, keeping the number of active topics at `scale.topics`. */
        const churn = (): number => {
          const ops = random.int(0, 4);
          for (let op = 0; op < ops; op++) {
            const held = active();
            if (held.size > 0 && random.chance(0.5)) {
              // A topic leaves (its last subscriber goes), and another one joins.
              const [, leaving] = random.pick([...held.entries()]);
              for (const s of leaving) remove(s);
              const idle = pool.filter((t) => !active().has(t.key));
              add(random.pick(idle));
            } else {
              // One more or one fewer subscriber on a topic that stays.
              const [, sharing] = random.pick([...held.entries()]);
              if (sharing.length > 1 && random.chance(0.5)) remove(random.pick(sharing));
              else add(sharing[0].topic);
            }
          }
          return ops;
        };

        for (const topic of [...pool].sort(() => random.next() - 0.5).slice(0, scale.topics)) {
          for (let n = random.int(1, 3); n > 0; n--) add(topic);
        }

        let first: number | undefined;
        const recoveries: number[] = [];
        const verified: { connectionId: string; calls: number }[] = [];
        /** Waits for the hub to be back on a new connection holding exactly the active topics, and checks it. */
        const verifyRecovery = async (gone: string | undefined, abortedAt: number): Promise<void> => {
          const connectionId = await waitFor(
            () => hub.connectionId,
            (id) => id !== undefined && id !== gone,
            { what: 'a new connection', timeoutMs: 15_000, intervalMs: 10 },
          );
          const held = active();
          const expected = Object.fromEntries([...held.keys()].sort().map((key) => [key, 1]));
          await waitFor(
            () => f.subscriptionsOf(connectionId!),
            (subs) => subs !== undefined && equalCounts(subs, expected),
            { what: `the server to hold exactly the ${held.size} active topics`, timeoutMs: 15_000, intervalMs: 20 },
          ).catch(async (error: Error) => {
            expect({ connectionId, subscriptions: await f.subscriptionsOf(connectionId!) }).toEqual({
              connectionId,
              subscriptions: expected,
            }); // the difference, when there is one
            throw error;
          });
          if (gone === undefined) first = Date.now() - abortedAt;
          else recoveries.push(Date.now() - abortedAt);
          // Late duplicates would show up as a count of 2 a moment later.
          await sleep(150);
          expect(await f.subscriptionsOf(connectionId!)).toEqual(expected);

          const platformsInUse = new Set([...held.values()].map((list) => list[0].topic.platform));
          const calls = await sim.admin.calls({ connectionId: connectionId! });
          checkReplay(calls, platformsInUse, Object.keys(expected));
          verified.push({ connectionId: connectionId!, calls: calls.length });
          expect(hub.stats()).toEqual({
            topics: held.size + platformsInUse.size, // plus one Connect (session set-up) per platform
            handlers: expect.any(Number),
            calls: 0,
          });

          // Every subscriber, not just every topic, is receiving again.
          const before = new Map([...subscribers].map((s) => [s, s.received]));
          await waitFor(
            () => [...subscribers].filter((s) => s.received <= before.get(s)!).map((s) => s.topic.key),
            (starving) => starving.length === 0,
            { what: 'every subscriber to receive after the recovery', timeoutMs: 10_000, intervalMs: 50 },
          );
          expect(everyone.filter((s) => s.errors.length > 0 || s.completions > 0)).toEqual([]);
        };

        // The first connection, before any abort.
        await verifyRecovery(undefined, Date.now());
        let rapid = 0;
        let replaying = false;
        for (let round = 0; round < scale.aborts; round++) {
          churn();
          // Right after a rapid abort, the next one lands in the reconnect or the replay; otherwise anywhere.
          await sleep(replaying ? random.int(0, 40) : random.int(0, 300));
          const gone = hub.connectionId;
          const abortedAt = Date.now();
          await sim.admin.abort('mt4');
          if (random.chance(0.3)) churn(); // during the outage: topics that leave now are not resubscribed
          replaying = round < scale.aborts - 1 && random.chance(0.25);
          if (replaying) {
            rapid++;
            continue;
          }
          await verifyRecovery(gone, abortedAt);
        }

        expect(everyone.filter((s) => s.errors.length > 0 || s.completions > 0)).toEqual([]);
        const allCalls = await sim.admin.calls({ hub: 'mt4' });
        expect(allCalls.filter((call) => call.error !== null)).toEqual([]);

        for (const s of [...subscribers]) remove(s);
        await f.drained('mt4');
        expect(hub.stats()).toEqual({ topics: 0, handlers: 0, calls: 0 });

        writeFigures('forcedDisconnects', {
          seed: random.seed,
          aborts: scale.aborts,
          rapidAborts: rapid,
          verifiedRecoveries: verified.length,
          firstConnectMs: first,
          topics: scale.topics,
          subscribersOverRun: everyone.length,
          recoveryMs: summary(recoveries),
          gapMs: summary(gaps),
          callsLogged: allCalls.length,
        });
      }).finally(() => all.unsubscribe());
    },
    scale.aborts * 10_000,
  );
});

function equalCounts(actual: Record<string, number>, expected: Record<string, number>): boolean {
  const keys = Object.keys(actual);
  return keys.length === Object.keys(expected).length && keys.every((key) => actual[key] === expected[key]);
}

/**
 * The calls of a fresh connection, at the moment it holds every active topic: one Connect per platform in use,
 * all of them before any subscribe call, then each active topic's subscribe call exactly once, none refused.
 */
function checkReplay(calls: readonly AdminCall[], platforms: ReadonlySet<string>, topics: readonly string[]): void {
  const methods = calls.map((call) => call.method);
  const connects = calls.filter((call) => call.method === 'Connect');
  expect(methods.slice(0, connects.length)).toEqual(connects.map(() => 'Connect'));
  expect(connects.map((call) => (call.args[0] as { tradePlatform: string }).tradePlatform).sort()).toEqual(
    [...platforms].sort(),
  );
  const subscribes = calls.slice(connects.length).map((call) => `${call.method} ${subscriptionArgs(call)}`);
  expect(subscribes.sort()).toEqual([...topics].sort());
  expect(calls.filter((call) => call.error !== null)).toEqual([]);
}

function subscriptionArgs(call: AdminCall): string {
  const { tradePlatform, symbol } = call.args[0] as { tradePlatform: string; symbol?: string };
  return symbol === undefined ? tradePlatform : `${tradePlatform} ${symbol}`;
}
