// Issue 8.6: a consumer slower than a firehose of more than 50k ticks/s. RxJS has no backpressure: what happens to
// the items a slow consumer cannot take depends on where it is slow, and `conflate` is how to bound it.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { concatMap, map, tap, timer, type Observable } from 'rxjs';
import { conflate } from '../../operators';
import type { Tick } from '../../src';
import { simulatorUrl } from '../support/simulatorUrl';
import { waitFor } from '../support/waitFor';
import { writeFigures } from './figures';
import { hubFixture } from './fixture';
import { mb, retainedHeap } from './heap';
import { scale } from './scale';

/** How long the asynchronous consumer takes per item, in ms (a database write, a render…). */
const ASYNC_WORK_MS = 1;
/** How long the synchronous consumer computes per item, in µs: at most 25k items/s. */
const SYNC_WORK_US = 40;
/** The conflate period: one item per symbol per 16 ms (a screen frame). */
const PERIOD = 16;
const BATCH = 500;
const BURST = 50_000;
/** How often the event-loop delay is sampled, in ms. */
const LAG_RESOLUTION = 5;

type Work = 'async' | 'sync';

interface Flow {
  work: Work;
  conflate: boolean;
  ticks: number;
  /** How long the server took to send the burst, and its rate. */
  serverMs: number;
  serverRate: number;
  /** Ticks that reached the hub's subscriber, and how long it took from the burst's start. */
  arrived: number;
  arrivalMs: number;
  arrivalRate: number;
  /** Items the consumer had finished when the last tick arrived. */
  processedAtArrival: number;
  /** Arrived minus processed when the last tick arrived: queued (without conflate) or superseded (with it). */
  backlog: number;
  /** Retained heap when the last tick arrived, above the heap before the burst (MB). */
  heapGrowthMB: number;
  /** The same after unsubscribing (MB): what stays behind. */
  heapAfterMB: number;
  /** Event-loop delay during the burst (ms). */
  loopLagMaxMs: number;
  loopLagP99Ms: number;
  /** Whether the consumer ended up with the very last tick, and how long after its arrival. */
  latestDelivered: boolean;
  latestAfterMs: number;
}

function spin(us: number): void {
  const until = process.hrtime.bigint() + BigInt(us * 1000);
  while (process.hrtime.bigint() < until) {
    // the consumer's computation
  }
}

describe('slow consumer', () => {
  const f = hubFixture(simulatorUrl());
  const flows: Flow[] = [];

  beforeEach(() => f.admin.reset());
  afterAll(() => writeFigures('slowConsumer', { asyncWorkMs: ASYNC_WORK_MS, syncWorkUs: SYNC_WORK_US, PERIOD, flows }));

  async function run(symbol: string, count: number, work: Work, withConflate: boolean): Promise<Flow> {
    const [mt4] = f.mt4(['demo']).platforms;
    let arrived = 0;
    let processed = 0;
    let lastArrived: Tick | undefined;
    let lastProcessed: Tick | undefined;
    const source = mt4.ticks(symbol).pipe(
      tap((tick) => {
        arrived++;
        lastArrived = tick;
      }),
    );
    const paced = withConflate ? source.pipe(conflate({ key: (tick: Tick) => tick.symbol, period: PERIOD })) : source;
    const consumer: Observable<Tick> =
      work === 'async'
        ? paced.pipe(concatMap((tick) => timer(ASYNC_WORK_MS).pipe(map(() => tick))))
        : paced.pipe(tap(() => spin(SYNC_WORK_US)));
    const subscription = consumer.subscribe((tick) => {
      processed++;
      lastProcessed = tick;
    });
    try {
      await waitFor(
        () => arrived,
        (n) => n > 0,
        { what: `a first ${symbol} tick`, timeoutMs: 10_000 },
      );
      const baseline = retainedHeap();
      const before = arrived;
      const lag = monitorEventLoopDelay({ resolution: LAG_RESOLUTION });
      lag.enable();
      const start = Date.now();
      // In bursts of at most BURST ticks, one after the other: each admin request must answer within 10 s.
      let serverMs = 0;
      for (let sent = 0; sent < count; sent += BURST) {
        const burst = await f.admin.burst({
          platform: 'demo',
          symbol,
          count: Math.min(BURST, count - sent),
          batchSize: BATCH,
        });
        serverMs += burst.elapsedMs;
      }
      await waitFor(
        () => arrived - before,
        (n) => n >= count,
        { what: `all ${count} ticks to arrive`, timeoutMs: 60_000, intervalMs: 5 },
      );
      const arrivalMs = Date.now() - start;
      lag.disable();
      const processedAtArrival = processed;
      const growth = retainedHeap() - baseline;
      const last = lastArrived;
      const lastAt = Date.now();
      // With a bounded pipeline the consumer soon holds the latest tick; without, it is stuck far behind.
      const latestDelivered = await waitFor(
        () => lastProcessed === last,
        (done) => done,
        { timeoutMs: 2000, intervalMs: 5 },
      ).then(
        () => true,
        () => false,
      );
      const latestAfterMs = Date.now() - lastAt;
      subscription.unsubscribe();
      await f.drained('mt4');
      const flow: Flow = {
        work,
        conflate: withConflate,
        ticks: count,
        serverMs: Math.round(serverMs),
        serverRate: Math.round(count / (serverMs / 1000)),
        arrived: arrived - before,
        arrivalMs,
        arrivalRate: Math.round((arrived - before) / (arrivalMs / 1000)),
        processedAtArrival,
        backlog: arrived - processedAtArrival,
        heapGrowthMB: mb(growth),
        heapAfterMB: mb(retainedHeap() - baseline),
        loopLagMaxMs: Math.round(lag.max / 1e6),
        loopLagP99Ms: Math.round(lag.percentile(99) / 1e6),
        latestDelivered,
        latestAfterMs: latestDelivered ? latestAfterMs : -1,
      };
      flows.push(flow);
      return flow;
    } finally {
      subscription.unsubscribe();
    }
  }

  it('with conflate, an asynchronous consumer keeps the heap bounded and gets the latest tick', async () => {
    const flow = await run('AUDUSD', scale.firehose, 'async', true);
    expect(flow.arrivalRate).toBeGreaterThanOrEqual(50_000); // the firehose
    expect(flow.processedAtArrival).toBeLessThan(flow.ticks / 10); // the consumer is far slower
    expect(flow.heapGrowthMB).toBeLessThan(5);
    expect(flow.latestDelivered).toBe(true);
  }, 120_000);

  it('without conflate, an asynchronous consumer queues every tick it has not processed: the heap grows', async () => {
    const flow = await run('USDCAD', scale.firehose, 'async', false);
    // Every tick not yet processed waits in concatMap's buffer: memory grows with the backlog, without bound.
    expect(flow.backlog).toBeGreaterThan(flow.ticks * 0.9);
    expect(flow.heapGrowthMB).toBeGreaterThan((flow.backlog * 100) / 1024 / 1024); // > 100 bytes per queued tick
    expect(flow.latestDelivered).toBe(false);
    expect(flow.heapAfterMB).toBeLessThan(5); // unsubscribing drops the queue
  }, 120_000);

  it('with conflate, a synchronous consumer lets the firehose through at full rate', async () => {
    const flow = await run('NZDUSD', Math.round(scale.firehose / 2), 'sync', true);
    // Far above what the consumer could take (1 / 40 µs = 25k/s): it only sees the latest tick per period.
    expect(flow.arrivalRate).toBeGreaterThanOrEqual(50_000);
    expect(flow.heapGrowthMB).toBeLessThan(5);
    expect(flow.latestDelivered).toBe(true);
  }, 120_000);

  it('without conflate, a synchronous consumer slows the whole pipe down to its pace: the event loop lags', async () => {
    const flow = await run('EURGBP', Math.round(scale.firehose / 2), 'sync', false);
    // The consumer runs inside the socket's read callback: nothing queues in the client, the rest waits in TCP and
    // server buffers, and everything else on the event loop waits too: at least one whole message's work at a time
    // (BATCH ticks × SYNC_WORK_US), less the sampling period. How many messages one read hands over, and so how much
    // longer the loop waits, depends on TCP and the machine's load, not on rxhub.
    expect(flow.arrivalRate).toBeLessThanOrEqual(1e6 / SYNC_WORK_US);
    expect(flow.backlog).toBeLessThanOrEqual(0);
    expect(flow.heapGrowthMB).toBeLessThan(5);
    expect(flow.loopLagMaxMs).toBeGreaterThanOrEqual((BATCH * SYNC_WORK_US) / 1000 - LAG_RESOLUTION);
  }, 120_000);
});
