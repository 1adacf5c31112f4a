import { Subject, type Subscription } from 'rxjs';
import { conflate, ohlc } from '../operators';
import type { Tick } from '../src';
import { heapUsed, progress, settle } from './harness';
import { rounds } from './measure';
import { mt4Setup, onTicksFrames, symbols, teardown } from './mt4';
import { bytes, count, type Section, type Target } from './report';

const T0 = Date.UTC(2024, 2, 1);
const SYMBOLS = 100;
const RING = 200_000;
/** Event time between two ticks (of any symbol): 100 symbols → 0.5 s per symbol, 120 ticks per M1 window. */
const STEP = 5;

function tickAt(i: number, names: readonly string[], time: (ms: number) => Date | string): Tick {
  const bid = 1.1 + ((i * 7919) % 1000) / 100_000;
  return { symbol: names[i % names.length], bid, ask: bid + 0.0002, lastTime: time(T0 + i * STEP) as Date };
}

/** Pushes `ticks` through a fresh `ohlc('M1')` and returns the time taken. */
function run(ticks: readonly Tick[], sink: { candles: number }): number {
  const source = new Subject<Tick>();
  const subscription = source.pipe(ohlc('M1')).subscribe(() => sink.candles++);
  const start = performance.now();
  for (let i = 0; i < ticks.length; i++) source.next(ticks[i]);
  const ms = performance.now() - start;
  subscription.unsubscribe();
  return ms;
}

/**
 * (4) ohlc throughput (ticks/s on one core), heap per open window and while ticks flow; conflate under a
 * 100k ticks/s input.
 */
export async function ohlcBench(): Promise<Section> {
  const names = symbols(SYMBOLS);
  const dated = Array.from({ length: RING }, (_, i) => tickAt(i, names, (ms) => new Date(ms)));
  const iso = Array.from({ length: RING }, (_, i) => tickAt(i, names, (ms) => new Date(ms).toISOString()));
  const sink = { candles: 0 };
  const { ns: cost } = await rounds(
    '(4) ohlc',
    [
      { name: 'Date time', run: () => ({ ms: run(dated, sink), items: RING }) },
      { name: 'ISO time', run: () => ({ ms: run(iso, sink), items: RING }) },
    ],
    { rounds: 5, time: 300 },
  );
  const rate = 1e9 / cost['Date time'];
  const isoRate = 1e9 / cost['ISO time'];

  const perWindow = await heapPerWindow();
  const flow = await heapWhileFlowing(names);
  const conflated = await conflation();

  const targets: Target[] = [
    {
      id: '4',
      target: 'ohlc ≥ 3 million ticks/s on one core',
      figure: `${(rate / 1e6).toFixed(2)} M ticks/s`,
      met: rate >= 3e6,
    },
    {
      id: '4',
      target: 'ohlc heap flat while ticks flow',
      figure: `${bytes(flow.spread)} spread over ${count(flow.ticks)} ticks`,
      met: flow.spread <= 2 ** 20,
    },
  ];
  return {
    title: '4. ohlc and conflate',
    text: [
      `ohlc('M1') over ${count(RING)} decoded ticks of ${SYMBOLS} symbols (${STEP} ms of event time apart, so each`,
      `window gets ${(60_000 / STEP / SYMBOLS).toFixed(0)} ticks per symbol and closes about ${Math.round((RING * STEP) / 60_000)} times),`,
      'pushed synchronously through a Subject into a fresh `ohlc` per sample, default config (a flush timer per open',
      'window). "ISO time" is what the `trust` policy delivers: `lastTime` still a string, parsed by ohlc.',
      'Median over 5 rounds.',
    ],
    tables: [
      {
        header: ['ticks', 'per tick', 'ticks/s (one core)'],
        rows: [
          ['Tick with Date time (report/strict)', `${cost['Date time'].toFixed(0)} ns`, `${(rate / 1e6).toFixed(2)} M`],
          ['Tick with ISO time (trust)', `${cost['ISO time'].toFixed(0)} ns`, `${(isoRate / 1e6).toFixed(2)} M`],
        ],
      },
      {
        header: ['ohlc memory', 'figure'],
        rows: [
          [`heap per open window (${count(perWindow.windows)} symbols, one window each)`, bytes(perWindow.bytes)],
          [
            `heap after GC while ticks flow (${count(flow.ticks)} ticks, ${flow.samples.length} checkpoints): first → last`,
            `${bytes(flow.samples[0])} → ${bytes(flow.samples[flow.samples.length - 1])}`,
          ],
          ['spread (max − min) of those checkpoints', bytes(flow.spread)],
        ],
      },
      {
        header: ['conflate (the MT4 pipeline fed 100k ticks/s)', 'without conflate', 'with conflate'],
        rows: [
          ['ticks in', count(conflated.plain.in), count(conflated.conflated.in)],
          ['items out per second', count(conflated.plain.outRate), count(conflated.conflated.outRate)],
          ['CPU, % of one core (client and feeder)', conflated.plain.cpu, conflated.conflated.cpu],
          ['most items of one symbol in one emission', '—', String(conflated.conflated.maxPerSymbol)],
        ],
      },
    ],
    targets,
    after: [`Conflate: ${conflated.description}`],
  };
}

/** Heap per open window: 10,000 symbols each with one open window (and its flush timer). */
async function heapPerWindow(): Promise<{ windows: number; bytes: number }> {
  const windows = 10_000;
  progress(`(4) heap per open window, ${count(windows)} symbols`);
  const names = symbols(windows);
  const ticks = names.map((_, i) => tickAt(i, names, () => new Date(T0)));
  const source = new Subject<Tick>();
  let candles = 0;
  const subscription = source.pipe(ohlc('M1')).subscribe(() => candles++);
  // Warm the path so that compiled code and lazily created shapes are in the baseline.
  source.next(tickAt(0, ['WARM'], () => new Date(T0)));
  const before = await heapUsed();
  for (const tick of ticks) source.next(tick);
  const after = await heapUsed();
  subscription.unsubscribe();
  if (candles !== 0) throw new Error('ohlc: no window should have closed');
  return { windows, bytes: (after - before) / windows };
}

/** Heap after GC at checkpoints while ticks keep flowing (time moving on, windows closing and opening). */
async function heapWhileFlowing(
  names: readonly string[],
): Promise<{ ticks: number; samples: number[]; spread: number }> {
  const checkpoints = 8;
  const perCheckpoint = 400_000;
  const source = new Subject<Tick>();
  let candles = 0;
  const subscription: Subscription = source.pipe(ohlc('M1')).subscribe(() => candles++);
  const samples: number[] = [];
  let i = 0;
  for (let c = 0; c <= checkpoints; c++) {
    if (c > 0) {
      for (const end = i + perCheckpoint; i < end; i++) source.next(tickAt(i, names, (ms) => new Date(ms)));
    }
    // The first round only warms up; then one sample after each batch.
    if (c > 0) samples.push(await heapUsed());
    progress(`(4) ohlc heap while flowing: checkpoint ${c}/${checkpoints}`);
  }
  subscription.unsubscribe();
  if (candles === 0) throw new Error('ohlc: no candle closed while ticks flowed');
  return { ticks: i, samples, spread: Math.max(...samples) - Math.min(...samples) };
}

interface Flow {
  in: number;
  outRate: number;
  cpu: string;
  maxPerSymbol: number;
}

/**
 * The MT4 pipeline (in-memory transport → HubConnection → rxhub `allTicks`, `trust`) fed 100k ticks/s in OnTicks
 * frames for two seconds, with and without `conflate` (key: symbol, period 16 ms, about one screen frame).
 */
async function conflation(): Promise<{ plain: Flow; conflated: Flow; description: string }> {
  const RATE = 100_000;
  const SECONDS = 2;
  const PERIOD = 16;
  const BATCH = 50;
  const names = symbols(500);
  const frames = onTicksFrames(names, (RATE * SECONDS) / BATCH, BATCH);

  const flow = async (withConflate: boolean): Promise<Flow> => {
    progress(`(4) 100k ticks/s for ${SECONDS} s ${withConflate ? 'through conflate' : 'without conflate'}`);
    const setup = mt4Setup('trust');
    let out = 0;
    let maxPerSymbol = 0;
    let emission = new Map<string, number>();
    let emissionAt = -1;
    const ticks = setup.mt4.allTicks();
    const subscription = (
      withConflate ? ticks.pipe(conflate({ key: (tick: Tick) => tick.symbol, period: PERIOD })) : ticks
    ).subscribe((tick) => {
      out++;
      if (!withConflate) return;
      // Items of one emission arrive synchronously together: count per symbol within the same macrotask.
      const now = performance.now();
      if (now - emissionAt > 1) emission = new Map();
      emissionAt = now;
      const seen = (emission.get(tick.symbol ?? '') ?? 0) + 1;
      emission.set(tick.symbol ?? '', seen);
      maxPerSymbol = Math.max(maxPerSymbol, seen);
    });
    while (setup.transport.count('SubscribeToAllTicks') === 0) await settle();
    await settle();
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    let sent = 0;
    while (sent < frames.length) {
      const due = Math.min(frames.length, Math.floor(((performance.now() - start) / 1000) * (RATE / BATCH)));
      while (sent < due) setup.transport.push(frames[sent++]);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await new Promise((resolve) => setTimeout(resolve, PERIOD * 3));
    const wall = performance.now() - start;
    const cpu = process.cpuUsage(cpu0);
    await teardown(setup, [subscription]);
    return {
      in: sent * BATCH,
      outRate: out / (wall / 1000),
      cpu: `${(((cpu.user + cpu.system) / 1000 / wall) * 100).toFixed(0)}%`,
      maxPerSymbol,
    };
  };
  const plain = await flow(false);
  const conflated = await flow(true);
  return {
    plain,
    conflated,
    description:
      `${count(RATE)} ticks/s of ${names.length} symbols for ${SECONDS} s; conflate emits each symbol at most once per ` +
      `${PERIOD} ms, so its output is bounded by symbols × 1000 / ${PERIOD} ≈ ${count((names.length * 1000) / PERIOD)}/s ` +
      'whatever the input rate.',
  };
}
