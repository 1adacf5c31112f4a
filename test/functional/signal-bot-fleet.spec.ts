// examples/signal-bot as a fleet: 3 worker processes share 300 symbols through a real nats-server and publish M1
// candles. Mid-run the broker is restarted, then one worker is killed with SIGKILL and comes back. What reaches the
// stream is checked against the candles an observer builds from the same ticks of the simulator, and against what
// each worker says was acknowledged.
//
// M1 in a bounded run: the simulator stamps its ticks on a clock six times faster than the wall clock
// (`--Simulator:ClockSpeed=6`), so an M1 window of tick times passes in 10 s. Five phases on real minutes (a whole
// minute before the kill, the kill's, one whole at the new owners, the return's, one whole after it, plus the wait
// for the first minute start) would take over 5 minutes; this run takes about 80 s. The workers run what a user runs
// (`--timeframe M1`: `ohlc('M1')` over the ticks' own times, subjects `candles.M1`), and everything the fleet does in
// real time stays real: the heartbeat TTL, the takeover bound, the handover, the broker's restart. Each phase waits
// for M1 window starts of tick time as the observer sees them, so a change falls inside a window, and every symbol
// has whole windows before the kill, between the takeover and the return, and after the return.
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { merge, tap, type Subscription } from 'rxjs';
import { createMT4Hub } from 'rxhub';
import { ownedCandles, ownerOf, type OwnedCandle } from 'rxhub/nats';
import { FLEET_STREAM } from '../../examples/signal-bot/runFleetWorker';
import type { NatsServerHandle } from '../support/NatsServerHandle';
import { runTsx, type TsxRun } from '../support/runTsx';
import type { SimulatorHandle } from '../support/SimulatorHandle';
import { startNatsServer } from '../support/startNatsServer';
import { startSimulator } from '../support/startSimulator';
import { waitFor } from '../support/waitFor';
import { withTimeout } from '../support/withTimeout';

const BOT = 'examples/signal-bot/index.ts';
const SPEED = 6; // tick time runs six times the wall clock
const M1 = 60_000; // ms of tick time
const TTL = 5; // seconds: the bot's default, well above a broker restart (about 1 s) as docs/scaling.md asks
const SUBJECTS = 'rxhub.demo.*.candles.M1';
/**
 * How much later, in tick time, a worker's first ticks after a change may be than the moment the spec hears of the
 * change: one tick interval (200 ms, 1.2 s of tick time) and the time its line takes to reach the spec, bounded by
 * 1 s of wall time.
 */
const SLACK = 1000 * SPEED;
const symbols = Array.from({ length: 300 }, (_, i) => `SYM${String(i + 1).padStart(4, '0')}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const iso = (time: number) => new Date(time).toISOString();

/** One line of a worker: when it arrived, in wall time and in the tick time the observer had reached. */
interface Line {
  readonly at: number;
  readonly event: number;
  readonly tag: string;
  readonly text: string;
}

interface Worker {
  readonly id: string;
  readonly lines: Line[];
  readonly done: Promise<TsxRun>;
  kill(signal: NodeJS.Signals): void;
}

/** A candle as the stream holds it. */
type Stored = Omit<OwnedCandle, 'lastTime'> & { readonly lastTime: string; readonly worker: string };

/** The symbols each worker gained, and when, from its `owner` lines. */
const gains = (worker: Worker) =>
  worker.lines
    .filter(({ tag }) => tag === 'owner')
    .map(({ at, event, text }) => ({ at, event, gained: /gained (\S*);/.exec(text)![1].split(',') }));

/** The number of candles a worker's latest `status` line says were acknowledged. */
const acked = (worker: Worker) => {
  const status = worker.lines.filter(({ tag }) => tag === 'status').at(-1);
  return Number(/ published (\d+) candles/.exec(status?.text ?? ' published 0 candles')![1]);
};

describe('examples/signal-bot as a fleet on NATS JetStream', () => {
  let simulator: SimulatorHandle;
  let nats: NatsServerHandle;
  let nc: NatsConnection | undefined;
  const running: Worker[] = [];
  let observer: Subscription | undefined;
  /** The latest tick time the observer has received. */
  let now = 0;

  function start(id: string): Worker {
    const lines: Line[] = [];
    let kill: (signal: NodeJS.Signals) => void = () => undefined;
    const done = runTsx(
      BOT,
      [
        ...['--url', simulator.url, '--client-id', 'rxhub-demo', '--client-secret', 'rxhub-secret'],
        ...['--nats', nats.server, '--worker', id, '--ttl', String(TTL), '--timeframe', 'M1'],
        ...['--symbols', symbols.join(','), '--status-every', '1'],
      ],
      {
        timeoutMs: 240_000,
        onLine: (line, signal) => {
          kill = signal;
          const match = /^(\S+) (\S+) +(.*)$/.exec(line);
          if (match) lines.push({ at: Date.parse(match[1]), event: now, tag: match[2], text: match[3] });
        },
      },
    );
    const worker = { id, lines, done, kill: (signal: NodeJS.Signals) => kill(signal) };
    running.push(worker);
    return worker;
  }

  const until = (condition: () => boolean, timeoutMs: number, what: string) =>
    waitFor(condition, (ok) => ok, { timeoutMs, intervalMs: 20, what });

  /** The symbols a worker holds, by its `owner` lines. */
  const held = (worker: Worker) => {
    const now = new Set<string>();
    for (const { text } of worker.lines.filter(({ tag }) => tag === 'owner')) {
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

  /** Waits for the first tick of the next M1 window, as the observer receives ticks; resolves with its start. */
  const nextWindow = async () => {
    const start = Math.floor(now / M1) * M1 + M1;
    await until(() => now >= start, M1 / SPEED + 5_000, `tick time ${iso(start)}`);
    return start;
  };

  beforeAll(async () => {
    simulator = await startSimulator({
      args: ['--Simulator:SymbolCount=300', '--Simulator:DebugIntervalMs=0', `--Simulator:ClockSpeed=${SPEED}`],
    });
    nats = await startNatsServer();
  });

  afterAll(async () => {
    observer?.unsubscribe();
    for (const worker of running) worker.kill('SIGKILL');
    await Promise.all(running.map((worker) => worker.done));
    await nc?.close();
    await nats?.stop();
    await simulator?.stop();
  });

  it('publishes each whole M1 candle once and right across a broker restart; a SIGKILLed worker`s symbols move within TTL + 1 s and come back', async () => {
    // The observer: every symbol's ticks on a connection of its own, into the reference candles.
    const mt4 = createMT4Hub(`${simulator.url}/hubs/mt4/v1`, {
      tradePlatform: 'demo',
      credentials: { tokenUrl: `${simulator.url}/connect/token`, clientId: 'rxhub-demo', clientSecret: 'rxhub-secret' },
    });
    const reference = new Map<string, OwnedCandle>();
    const ticked = new Set<string>();
    observer = merge(
      ...symbols.map((symbol) =>
        mt4.ticks(symbol).pipe(
          tap((tick) => {
            ticked.add(symbol);
            now = Math.max(now, tick.lastTime!.getTime());
          }),
          ownedCandles('M1'),
        ),
      ),
    ).subscribe((c) => {
      if (!c.partial) reference.set(`${c.symbol} ${c.lastTime.toISOString()}`, c);
    });
    // Every worker subscribes after the observer has a tick of each symbol, so the observer sees whole every window
    // that a worker sees whole.
    await until(() => ticked.size === symbols.length, 30_000, 'the observer to receive ticks of every symbol');

    // The candles the stream holds, read message by message as they are stored: one request each, so a broker
    // restart only delays the next read. (A plain subscriber would miss what the broker had stored but not yet
    // sent it when killed.)
    nc = await connect({ servers: nats.server, maxReconnectAttempts: -1, reconnectTimeWait: 100 });
    const jsm = await jetstreamManager(nc);
    const stored: Stored[] = [];
    const storedKeys = new Set<string>();
    let next = 1;
    const read = async () => {
      const { state } = await jsm.streams.info(FLEET_STREAM);
      for (; next <= state.last_seq; next++) {
        const message = await jsm.streams.getMessage(FLEET_STREAM, { seq: next });
        if (!message?.subject.endsWith('.candles.M1')) continue;
        const candle = message.json<Stored>();
        stored.push(candle);
        if (!candle.partial) storedKeys.add(`${candle.worker} ${candle.symbol} ${candle.lastTime}`);
      }
    };
    /** Waits until the stream holds the whole candle of `window` of every symbol from its owner among `members`. */
    const published = (window: number, members: string[]) =>
      waitFor(
        () =>
          read().then(
            () => symbols.filter((s) => !storedKeys.has(`${ownerOf(s, members)} ${s} ${iso(window)}`)),
            (error: unknown) => [String(error)],
          ),
        (missing) => missing.length === 0,
        { timeoutMs: M1 / SPEED + 10_000, intervalMs: 50, what: `the whole candles of ${iso(window)}` },
      );
    // What the broker receives, as a subscriber sees it: only to restart the broker in the middle of a burst.
    const perWindow = new Map<string, number>();
    let heard: (() => void) | undefined;
    nc.subscribe(SUBJECTS, {
      callback: (error, message) => {
        if (error) return;
        const { lastTime } = message.json<Stored>();
        perWindow.set(lastTime, (perWindow.get(lastTime) ?? 0) + 1);
        heard?.();
      },
    });

    const [w1, w2, w3] = ['w1', 'w2', 'w3'].map(start);
    const all = ['w1', 'w2', 'w3'];
    await until(settledOn(running, all), 60_000, 'three workers to share the symbols');
    await sleep(1000); // each worker's first tick of each symbol: 200 ms apart
    const first = await nextWindow(); // the first window every worker sees whole

    // The broker restarts (SIGKILL, then the same port and store) as the first window's candles are published:
    // some stored and acknowledged, some in flight, some not yet sent.
    await withTimeout(
      new Promise<void>((resolve) => (heard = () => (perWindow.get(iso(first)) ?? 0) >= 100 && resolve())),
      M1 / SPEED + 10_000,
      `the first candles of ${iso(first)}`,
    );
    heard = undefined;
    const restarted = Date.now();
    await nats.restart();
    const back = Date.now();
    await published(first, all);
    await published(first + M1, all);
    // A restart shorter than the TTL moves nothing (docs/scaling.md): no worker has gained or lost a symbol.
    expect(
      running.flatMap((worker) => worker.lines.filter(({ tag, at }) => tag === 'owner' && at >= restarted)),
    ).toEqual([]);
    expect(back - restarted).toBeLessThan(TTL * 1000);

    // SIGKILL in the middle of a window: no goodbye, its key stays in the bucket until the TTL expires it.
    await until(() => now >= first + 2 * M1 + M1 / 6, M1 / SPEED, 'the middle of the window');
    const w2Acked = acked(w2);
    const mine = symbols.filter((symbol) => ownerOf(symbol, all) === 'w2');
    const killed = Date.now();
    const killedAt = now;
    w2.kill('SIGKILL');
    await w2.done;
    await until(settledOn([w1, w3], ['w1', 'w3']), (TTL + 3) * 1000, "w2's symbols to move to w1 and w3");
    const taken = [w1, w3].flatMap((worker) => gains(worker).filter(({ at }) => at >= killed));
    expect(Math.max(...taken.map(({ at }) => at)) - killed).toBeLessThanOrEqual((TTL + 1) * 1000);
    const takeover = new Map(taken.flatMap(({ event, gained }) => gained.map((symbol) => [symbol, event])));
    expect([...takeover.keys()].sort()).toEqual(mine);

    await sleep(1000);
    const across = await nextWindow(); // whole at the new owners
    await published(across, ['w1', 'w3']);

    const again = start('w2');
    await until(settledOn([w1, again, w3], all), 60_000, 'w2 to take its symbols back');
    const returned = new Map(gains(again).flatMap(({ event, gained }) => gained.map((symbol) => [symbol, event])));
    expect([...returned.keys()].sort()).toEqual(mine);
    await sleep(1000);
    const last = await nextWindow(); // whole at w2 again
    await published(last, all);

    // SIGTERM in the middle of the next window, long after the acks of the last one.
    await until(() => now >= last + M1 + M1 / 2, M1 / SPEED, 'the middle of the window');
    for (const worker of [w1, w3, again]) worker.kill('SIGTERM');
    const runs = await Promise.all([w1, w3, again].map((worker) => worker.done));
    for (const run of runs) expect(run.stderr).toBe('');

    await read();
    const whole = stored.filter((c) => !c.partial);
    const partial = stored.filter((c) => c.partial);

    // No acknowledged candle lost, none stored twice: each worker's stored candles are what it counted acknowledged
    // (w1, w3 and the returned w2, after their last window's acks); the killed w2's are at least what it counted
    // before the kill.
    const keys = [
      ...whole.map((c) => `${c.symbol} ${c.lastTime}`),
      ...partial.map((c) => `${c.symbol} ${c.lastTime} ${c.worker}`),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    const storedBy = (id: string, from = 0) =>
      stored.filter((c) => c.worker === id && Date.parse(c.lastTime) >= from).length;
    expect(storedBy('w1')).toBe(acked(w1));
    expect(storedBy('w3')).toBe(acked(w3));
    expect(storedBy('w2', killedAt)).toBe(acked(again));
    expect(storedBy('w2') - storedBy('w2', killedAt)).toBeGreaterThanOrEqual(w2Acked);
    expect(w2Acked).toBeGreaterThan(0);

    // Every whole candle equals the observer's.
    await until(
      () => whole.every((c) => reference.has(`${c.symbol} ${c.lastTime}`)),
      5_000,
      'the observer to close the last windows',
    );
    observer.unsubscribe();
    for (const candle of whole) {
      const { worker, ...rest } = candle;
      expect(all).toContain(worker);
      expect(rest).toEqual(JSON.parse(JSON.stringify(reference.get(`${candle.symbol} ${candle.lastTime}`))));
    }

    // Every window of the run is in the stream: whole, or marked partial by the worker that took the symbol over
    // in it (after the kill, or on w2's return). A window that ended before the takeover has no candle at all.
    const newOwner = (symbol: string) => ownerOf(symbol, ['w1', 'w3'])!;
    const owner = (symbol: string) => ownerOf(symbol, all)!;
    const killWindow = (symbol: string, open: number) =>
      mine.includes(symbol) && open + M1 > killedAt && open <= takeover.get(symbol)! + SLACK;
    const returnWindow = (symbol: string, open: number) =>
      mine.includes(symbol) && open + M1 > returned.get(symbol)! - SLACK && open <= returned.get(symbol)! + SLACK;
    const byKey = new Map(whole.map((c) => [`${c.symbol} ${c.lastTime}`, c]));
    const partials = (symbol: string, open: number) =>
      partial.filter((c) => c.symbol === symbol && Date.parse(c.lastTime) === open).map((c) => c.worker);
    for (const symbol of symbols) {
      for (let open = first; open <= last; open += M1) {
        expect(reference.has(`${symbol} ${iso(open)}`)).toBe(true);
        if (byKey.has(`${symbol} ${iso(open)}`)) continue;
        // Not whole: then marked partial by the worker that took the symbol over in that window; none at all only
        // for a window that ended before the takeover.
        const found = partials(symbol, open);
        const verdict = killWindow(symbol, open)
          ? found.length === 0
            ? open + M1 <= takeover.get(symbol)! + SLACK || 'no candle, though the takeover came before its end'
            : found.join() === newOwner(symbol) || `partial from ${found.join()}, not ${newOwner(symbol)}`
          : returnWindow(symbol, open)
            ? found.join() === 'w2' || `partial from ${found.join() || 'no worker'}, not w2`
            : `no whole candle, and no takeover in it (partial from ${found.join() || 'no worker'})`;
        expect({ symbol, window: iso(open), verdict }).toEqual({ symbol, window: iso(open), verdict: true });
      }
    }
    // ... and partial candles come only from those takeovers, or from each worker's first windows at its start.
    for (const candle of partial) {
      const open = Date.parse(candle.lastTime);
      if (open < first) continue;
      const expected =
        (candle.worker === newOwner(candle.symbol) && killWindow(candle.symbol, open)) ||
        (candle.worker === 'w2' && returnWindow(candle.symbol, open));
      expect({ candle: `${candle.worker} ${candle.symbol} ${candle.lastTime}`, expected }).toEqual({
        candle: `${candle.worker} ${candle.symbol} ${candle.lastTime}`,
        expected: true,
      });
    }
    expect(partial.filter((c) => mine.includes(c.symbol) && c.worker !== 'w2').length).toBeGreaterThan(0);

    // Whole M1 windows of every symbol before the kill, at the new owners across the takeover, and after the return.
    const wholeBy = (symbol: string, worker: string, from: number, to: number) =>
      whole.some(
        (c) =>
          c.symbol === symbol &&
          c.worker === worker &&
          Date.parse(c.lastTime) >= from &&
          Date.parse(c.lastTime) + M1 <= to,
      );
    for (const symbol of symbols) {
      expect({ symbol, before: wholeBy(symbol, owner(symbol), first, killedAt) }).toEqual({ symbol, before: true });
      expect({ symbol, across: wholeBy(symbol, newOwner(symbol), across, across + M1) }).toEqual({
        symbol,
        across: true,
      });
      expect({ symbol, after: wholeBy(symbol, owner(symbol), last, last + M1) }).toEqual({ symbol, after: true });
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
