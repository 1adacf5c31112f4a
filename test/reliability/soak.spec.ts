// Issue 8.7: soak. Steady ticks (single and batched) on two platforms plus margins, symbol and online updates and a
// stream, and subscribers joining and leaving all the time (seeded), with the connection going idle now and then;
// the retained heap, the handlers on the connection and the timers the hub started stay flat, and at the end nothing
// is left. 30 s in `npm test`, 5 minutes in `npm run test:reliability`.
import type { HubConnection } from '@microsoft/signalr';
import { Subscription, type Observable } from 'rxjs';
import { conflate } from '../../operators';
import type { Tick } from '../../src';
import type { SimulatorHandle } from '../support/SimulatorHandle';
import { startSimulator } from '../support/startSimulator';
import { trackTimers } from '../support/trackTimers';
import { waitFor } from '../support/waitFor';
import { writeFigures } from './figures';
import { hubFixture, sleep } from './fixture';
import { mb, resources, retainedHeap } from './heap';
import { seeded, withSeed } from './random';
import { scale } from './scale';

const PLATFORMS = ['demo', 'live'] as const;
/** Events an MT4 hub can listen to: the most handlers the connection may ever hold. */
const EVENTS = ['ontick', 'onticks', 'onmarginupdate', 'onsymbolupdate', 'ononlineupdate', 'onmt4connectionstatus'];

interface Sample {
  readonly at: number;
  readonly heap: number;
  readonly subscribers: number;
  readonly topics: number;
  readonly handlers: number;
  readonly connectionHandlers: number;
  readonly timers: number;
  readonly sockets: number;
  readonly items: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The handlers registered on a SignalR HubConnection, by event name (its private `_methods`). */
function handlersOf(connection: HubConnection | undefined): Record<string, number> {
  const methods = (connection as unknown as { _methods?: Record<string, unknown[]> } | undefined)?._methods ?? {};
  return Object.fromEntries(Object.entries(methods).map(([name, list]) => [name, list.length]));
}

describe('soak', () => {
  let sim: SimulatorHandle;

  beforeAll(async () => {
    sim = await startSimulator({
      args: [
        '--Simulator:SymbolCount=20',
        '--Simulator:TickIntervalMs=25',
        '--Simulator:TickMode=mixed',
        '--Simulator:MarginIntervalMs=250',
        '--Simulator:SymbolUpdateIntervalMs=250',
        '--Simulator:OnlineIntervalMs=250',
        '--Simulator:StreamIntervalMs=100',
      ],
    });
  }, 120_000);
  afterAll(() => sim?.stop());

  it(
    `keeps heap, handlers and timers flat through ${scale.soakMs / 1000} s of ticks and subscriber churn`,
    async () => {
      const random = seeded();
      const f = hubFixture(sim.url);
      const timers = trackTimers();
      const { hub, platforms } = f.mt4(PLATFORMS);
      const all = new Subscription();
      await withSeed(random, async () => {
        const symbols = [
          ...['EURUSD', 'GBPUSD', 'USDJPY', 'USDCHF', 'AUDUSD', 'USDCAD', 'NZDUSD', 'EURGBP', 'EURJPY', 'XAUUSD'],
          ...Array.from({ length: 20 }, (_, i) => `SYM${String(i + 1).padStart(4, '0')}`),
        ];
        const sources: (() => Observable<unknown>)[] = platforms.flatMap((mt4) => [
          ...symbols.map((symbol) => () => mt4.ticks(symbol)),
          ...symbols
            .slice(0, 5)
            .map((symbol) => () => mt4.ticks(symbol).pipe(conflate({ key: (tick: Tick) => tick.symbol, period: 50 }))),
          () => mt4.allTicks(),
          () => mt4.margins(),
          () => mt4.symbols(),
          () => mt4.onlineUpdates(),
          () => mt4.trades(),
        ]);
        const live = new Set<Subscription>();
        let items = 0;
        const failures: unknown[] = [];
        const join = (): void => {
          const subscription = random
            .pick(sources)()
            .subscribe({
              next: () => items++,
              error: (error) => failures.push(error),
              complete: () => failures.push('completed'),
            });
          live.add(subscription);
          all.add(subscription);
        };
        const leave = (): void => {
          const subscription = random.pick([...live]);
          live.delete(subscription);
          all.remove(subscription);
          subscription.unsubscribe();
        };
        const leaveAll = (): void => {
          for (const subscription of [...live]) {
            live.delete(subscription);
            all.remove(subscription);
            subscription.unsubscribe();
          }
        };

        const samples: Sample[] = [];
        const sample = (): void => {
          const stats = hub.stats();
          const connection = f.made.at(-1);
          const now = resources();
          samples.push({
            at: Date.now(),
            heap: retainedHeap(),
            subscribers: live.size,
            topics: stats.topics,
            handlers: stats.handlers,
            connectionHandlers: Object.values(handlersOf(connection)).reduce((a, b) => a + b, 0),
            timers: timers.pending().length,
            sockets: now.TCPSocketWrap ?? 0,
            items,
          });
        };

        const start = Date.now();
        const end = start + scale.soakMs;
        const idleEvery = Math.max(10_000, scale.soakMs / 6); // the connection stops and starts again now and then
        let nextIdle = start + idleEvery;
        let nextSample = start + 1000;
        let ops = 0;
        let idles = 0;
        for (let n = 0; n < 40; n++) join();
        while (Date.now() < end) {
          if (Date.now() >= nextIdle) {
            leaveAll();
            await f.drained('mt4');
            idles++;
            for (let n = random.int(20, 60); n > 0; n--) join();
            nextIdle += idleEvery;
          }
          // Keep between 20 and 120 subscribers, drifting.
          if (live.size > 120 || (live.size > 20 && random.chance(0.5))) leave();
          else join();
          ops++;
          if (Date.now() >= nextSample) {
            sample();
            nextSample += 1000;
          }
          await sleep(random.int(5, 40));
        }

        // Still exact at the end: the server holds what the client holds, each handler registered once.
        const connectionId = await waitFor(
          () => hub.connectionId,
          (id) => id !== undefined,
          { what: 'connected', timeoutMs: 10_000 },
        );
        const handlers = handlersOf(f.made.at(-1));
        expect(Object.keys(handlers).every((name) => EVENTS.includes(name))).toBe(true);
        expect(Object.values(handlers).every((count) => count === 1)).toBe(true);
        expect(failures).toEqual([]);

        leaveAll();
        await f.drained('mt4');
        expect(await f.subscriptionsOf(connectionId!)).toBeUndefined();
        expect(hub.stats()).toEqual({ topics: 0, handlers: 0, calls: 0 });
        expect(handlersOf(f.made.at(-1))).toEqual({});
        expect(f.made).toHaveLength(1); // one HubConnection, started and stopped again and again
        await sleep(200);
        const left = timers.pending();

        // Flat: the last third of the run retains no more heap than the first third (after a warm-up).
        const settled = samples.filter((s) => s.at - start >= Math.min(5000, scale.soakMs / 6));
        const third = Math.max(1, Math.floor(settled.length / 3));
        const early = median(settled.slice(0, third).map((s) => s.heap));
        const late = median(settled.slice(-third).map((s) => s.heap));
        expect(mb(late - early)).toBeLessThan(5);
        expect(Math.max(...samples.map((s) => s.handlers))).toBeLessThanOrEqual(EVENTS.length);
        expect(Math.max(...samples.map((s) => s.connectionHandlers))).toBeLessThanOrEqual(EVENTS.length);
        expect(left).toEqual([]);

        const seconds = (Date.now() - start) / 1000;
        writeFigures('soak', {
          seed: random.seed,
          seconds: Math.round(seconds),
          churnOps: ops,
          idleCycles: idles,
          items,
          itemsPerSecond: Math.round(items / seconds),
          subscribers: {
            min: Math.min(...samples.map((s) => s.subscribers)),
            max: Math.max(...samples.map((s) => s.subscribers)),
          },
          heapMB: {
            earlyMedian: mb(early),
            lateMedian: mb(late),
            growth: mb(late - early),
            min: mb(Math.min(...settled.map((s) => s.heap))),
            max: mb(Math.max(...settled.map((s) => s.heap))),
          },
          topicsMax: Math.max(...samples.map((s) => s.topics)),
          handlersMax: Math.max(...samples.map((s) => s.handlers)),
          connectionHandlersMax: Math.max(...samples.map((s) => s.connectionHandlers)),
          timers: { duringMax: Math.max(...samples.map((s) => s.timers)), after: left.length },
          socketsDuringMax: Math.max(...samples.map((s) => s.sockets)),
          samples: samples.map((s) => ({
            t: Math.round((s.at - start) / 1000),
            heapMB: mb(s.heap),
            subscribers: s.subscribers,
            topics: s.topics,
            handlers: s.handlers,
            timers: s.timers,
          })),
        });
      }).finally(() => {
        timers.stop();
        all.unsubscribe();
      });
    },
    scale.soakMs + 60_000,
  );
});
