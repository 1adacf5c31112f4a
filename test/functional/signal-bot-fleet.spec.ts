// examples/signal-bot as a fleet: 3 worker processes share 300 symbols through a real nats-server; one is killed
// with SIGKILL mid-run and comes back. What reaches the stream is checked against candles an observer builds from
// the same ticks of the simulator.
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { merge, type Subscription } from 'rxjs';
import { createMT4Hub } from 'rxhub';
import { ownedCandles, ownerOf, type OwnedCandle } from 'rxhub/nats';
import { FLEET_STREAM } from '../../examples/signal-bot/runFleetWorker';
import type { NatsServerHandle } from '../support/NatsServerHandle';
import { runTsx, type TsxRun } from '../support/runTsx';
import type { SimulatorHandle } from '../support/SimulatorHandle';
import { startNatsServer } from '../support/startNatsServer';
import { startSimulator } from '../support/startSimulator';
import { waitFor } from '../support/waitFor';

const BOT = 'examples/signal-bot/index.ts';
const PERIOD = 5; // seconds: M1's rules on windows short enough for a bounded run
const TTL = 2; // seconds
const symbols = Array.from({ length: 300 }, (_, i) => `SYM${String(i + 1).padStart(4, '0')}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Worker {
  readonly id: string;
  readonly lines: string[];
  readonly done: Promise<TsxRun>;
  kill(signal: NodeJS.Signals): void;
}

/** The time and text of a worker's lines with this tag. */
const tagged = (worker: Worker, tag: string) =>
  worker.lines
    .map((line) => /^(\S+) (\S+) +(.*)$/.exec(line))
    .filter((match) => match?.[2] === tag)
    .map((match) => ({ at: Date.parse(match![1]), text: match![3] }));

describe('examples/signal-bot as a fleet on NATS JetStream', () => {
  let simulator: SimulatorHandle;
  let nats: NatsServerHandle;
  const running: Worker[] = [];
  let observer: Subscription | undefined;

  function start(id: string): Worker {
    const lines: string[] = [];
    let kill: (signal: NodeJS.Signals) => void = () => undefined;
    const done = runTsx(
      BOT,
      [
        ...['--url', simulator.url, '--client-id', 'rxhub-demo', '--client-secret', 'rxhub-secret'],
        ...['--nats', nats.server, '--worker', id, '--ttl', String(TTL), '--timeframe', String(PERIOD)],
        ...['--symbols', symbols.join(','), '--status-every', '30'],
      ],
      {
        timeoutMs: 240_000,
        onLine: (line, signal) => {
          kill = signal;
          lines.push(line);
        },
      },
    );
    const worker = { id, lines, done, kill: (signal: NodeJS.Signals) => kill(signal) };
    running.push(worker);
    return worker;
  }

  const until = (condition: () => boolean, timeoutMs: number, what: string) =>
    waitFor(condition, (ok) => ok, { timeoutMs, intervalMs: 50, what });

  /** The symbols a worker holds, by its `owner` lines. */
  const held = (worker: Worker) => {
    const now = new Set<string>();
    for (const { text } of tagged(worker, 'owner')) {
      const [, gained, lost] = /gained (\S*); lost (\S*)$/.exec(text)!;
      for (const symbol of gained.split(',')) if (symbol) now.add(symbol);
      for (const symbol of lost.split(',')) now.delete(symbol);
    }
    return now;
  };

  /** Whether each worker holds exactly the symbols that rendezvous hashing over `members` gives it. */
  const settledOn = (workers: Worker[], members: string[]) => () =>
    workers.every((worker) => {
      const now = held(worker);
      return symbols.every((symbol) => (ownerOf(symbol, members) === worker.id) === now.has(symbol));
    });

  beforeAll(async () => {
    simulator = await startSimulator({ args: ['--Simulator:SymbolCount=300', '--Simulator:DebugIntervalMs=0'] });
    nats = await startNatsServer();
  });

  afterAll(async () => {
    observer?.unsubscribe();
    for (const worker of running) worker.kill('SIGKILL');
    await Promise.all(running.map((worker) => worker.done));
    await nats?.stop();
    await simulator?.stop();
  });

  it('publishes each whole candle once and right; a killed worker`s symbols move within TTL + 1 s and come back', async () => {
    // The observer: every symbol's ticks on a connection of its own, into the reference candles.
    const mt4 = createMT4Hub(`${simulator.url}/hubs/mt4/v1`, {
      tradePlatform: 'demo',
      credentials: { tokenUrl: `${simulator.url}/connect/token`, clientId: 'rxhub-demo', clientSecret: 'rxhub-secret' },
    });
    const reference = new Map<string, OwnedCandle>();
    observer = merge(...symbols.map((symbol) => mt4.ticks(symbol).pipe(ownedCandles(PERIOD)))).subscribe((c) => {
      if (!c.partial) reference.set(`${c.symbol} ${c.lastTime.toISOString()}`, c);
    });

    const [w1, , w3] = ['w1', 'w2', 'w3'].map(start);
    const w2 = running[1];
    const all = ['w1', 'w2', 'w3'];
    await until(settledOn(running, all), 60_000, 'three workers to share the symbols');
    await sleep(3 * PERIOD * 1000);

    // SIGKILL: no goodbye, its key stays in the bucket until the TTL expires it.
    const mine = symbols.filter((symbol) => ownerOf(symbol, all) === 'w2');
    const killed = Date.now();
    w2.kill('SIGKILL');
    await w2.done;
    await until(settledOn([w1, w3], ['w1', 'w3']), (TTL + 3) * 1000, "w2's symbols to move to w1 and w3");
    const takeover =
      Math.max(...[w1, w3].flatMap((w) => tagged(w, 'owner').filter(({ at }) => at >= killed)).map(({ at }) => at)) -
      killed;
    expect(takeover).toBeLessThanOrEqual((TTL + 1) * 1000);
    await sleep(3 * PERIOD * 1000);

    const back = start('w2');
    await until(settledOn([w1, back, w3], all), 60_000, 'w2 to take its symbols back');
    await sleep(3 * PERIOD * 1000);
    const ended = Date.now();
    for (const worker of [w1, w3, back]) worker.kill('SIGTERM');
    const runs = await Promise.all([w1, w3, back].map((worker) => worker.done));
    for (const run of runs) expect(run.stderr).toBe('');
    observer.unsubscribe();

    // What the stream holds.
    const nc = await connect({ servers: nats.server });
    const { state } = await (await jetstreamManager(nc)).streams.info(FLEET_STREAM);
    const consumer = await jetstream(nc).consumers.get(FLEET_STREAM, { filter_subjects: 'rxhub.demo.*.candles.5s' });
    const stored: (OwnedCandle & { worker: string })[] = [];
    const messages = await consumer.fetch({ max_messages: state.messages, expires: 5000 });
    for await (const message of messages) {
      stored.push(message.json());
      if (message.info.pending === 0) break;
    }
    await nc.close();

    const whole = stored.filter((c) => !c.partial);
    // About 50 s of 5-second windows for 300 symbols.
    expect(whole.length).toBeGreaterThan(symbols.length * 6);
    const keys = whole.map((c) => `${c.symbol} ${c.lastTime}`);
    expect(new Set(keys).size).toBe(keys.length); // no whole candle twice
    let compared = 0;
    for (const candle of whole) {
      const expected = reference.get(`${candle.symbol} ${candle.lastTime}`);
      if (!expected) continue; // the observer's own first window
      expect({ ...candle, worker: undefined }).toEqual({
        ...JSON.parse(JSON.stringify(expected)),
        worker: undefined,
      });
      compared++;
    }
    expect(compared).toBeGreaterThan(whole.length * 0.9);

    // Takeovers publish partial candles, marked, for the symbols that moved.
    const partial = stored.filter((c) => c.partial);
    expect(partial.some((c) => mine.includes(c.symbol) && c.worker !== 'w2')).toBe(true);
    // ... and only those: a partial candle's window holds the moment its worker gained the symbol (or follows it,
    // when the first tick came after the window's end).
    const gains = (id: string) =>
      running
        .filter((worker) => worker.id === id)
        .flatMap((worker) => tagged(worker, 'owner'))
        .map(({ at, text }) => ({ at, symbols: /gained (\S*);/.exec(text)![1].split(',') }));
    for (const candle of partial) {
      const open = Date.parse(String(candle.lastTime));
      expect(
        gains(candle.worker).some(
          ({ at, symbols: gained }) =>
            gained.includes(candle.symbol) && open + PERIOD * 1000 > at - 1000 && open <= at + PERIOD * 1000,
        ),
      ).toBe(true);
    }
    // Every reference window of the run, after the fleet settled, is in the stream, whole or partial; the only
    // ones missing are w2's, at its death.
    const published = new Set(stored.map((c) => `${c.symbol} ${c.lastTime}`));
    const settled = killed - 2 * PERIOD * 1000;
    for (const [key, candle] of reference) {
      const open = candle.lastTime.getTime();
      if (open < settled || open + PERIOD * 1000 > ended - 2000 || published.has(key)) continue;
      expect(mine).toContain(candle.symbol);
      expect(open).toBeGreaterThanOrEqual(killed - PERIOD * 1000);
      expect(open).toBeLessThanOrEqual(killed + (TTL + 1) * 1000);
    }
  }, 240_000);

  it('starts --workers worker processes that share the symbols, and stops them all after --duration', async () => {
    const run = await runTsx(
      BOT,
      [
        ...['--url', simulator.url, '--client-id', 'rxhub-demo', '--client-secret', 'rxhub-secret'],
        ...['--nats', nats.server, '--workers', '2', '--ttl', '2', '--timeframe', '2', '--duration', '8'],
        ...['--symbols', 'EURUSD,GBPUSD,USDJPY,AUDUSD'],
      ],
      { timeoutMs: 60_000 },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const starts = run.stdout.split('\n').filter((line) => / start +.*as fleet worker w\d$/.test(line));
    expect(starts.map((line) => line.slice(-2)).sort()).toEqual(['w1', 'w2']);
    expect(run.stdout.split('\n').filter((line) => / done +ran for 8 s/.test(line))).toHaveLength(2);
    const status = run.stdout.split('\n').filter((line) => / status +w\d published [1-9]\d* candles/.test(line));
    expect(new Set(status.map((line) => / status +(w\d)/.exec(line)![1]))).toEqual(new Set(['w1', 'w2']));
  }, 70_000);
});
