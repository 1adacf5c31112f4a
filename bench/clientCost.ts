import type { Subscription } from 'rxjs';
import type { MemoryTransport } from './harness';
import * as t from 'io-ts';
import { Tick } from '../src';
import { decoder } from '../src/core/internal/check';
import { wireTime } from '../src/cplugin/internal/wireTime';
import { compare, ratioOf, rounds, type Contender, type Result } from './measure';
import {
  mt4Setup,
  onTickFrames,
  onTicksFrames,
  rawClient,
  subscribeTicks,
  symbols,
  teardown,
  wireTick,
  type Mt4Setup,
} from './mt4';
import { markdownTable, ns, ratio, type Section } from './report';

const RING = 2000;
const BATCH = 10;

/** Counts what reaches a subscriber, so that each round can check that every tick arrived. */
class Sink {
  received = 0;
  pushed = 0;
  last: unknown;
  readonly next = (tick: unknown): void => {
    this.received++;
    this.last = tick;
  };
}

/**
 * (1) Per-tick client cost, in-process: the real HubConnection fed the same pre-built frames through the same
 * in-memory transport, with (a) a raw `connection.on` handler, (b) rxhub `ticks(symbol)` under `trust`, (c) under
 * `report`.
 */
export async function clientCost(): Promise<Section> {
  const [symbol] = symbols(1);
  const single = onTickFrames([symbol], RING);
  const batched = onTicksFrames([symbol], RING / BATCH, BATCH);

  const raw = await rawClient();
  const rawSink = new Sink();
  raw.connection.on('OnTick', (args: { tick: unknown }) => rawSink.next(args.tick));
  raw.connection.on('OnTicks', (args: { ticks: { tick: unknown }[] }) => {
    for (const item of args.ticks) rawSink.next(item.tick);
  });

  const rx: { policy: 'trust' | 'report'; setup: Mt4Setup; sink: Sink; subscriptions: Subscription[] }[] = [];
  for (const policy of ['trust', 'report'] as const) {
    const setup = mt4Setup(policy);
    const sink = new Sink();
    rx.push({ policy, setup, sink, subscriptions: await subscribeTicks(setup, [symbol], sink.next) });
  }

  const contender = (
    name: string,
    transport: MemoryTransport,
    sink: Sink,
    frames: string[],
    ticks: number,
  ): Contender => ({
    name,
    frames,
    ticksPerFrame: ticks,
    push: (frame) => {
      sink.pushed += ticks;
      transport.push(frame);
    },
  });
  const sinks = [rawSink, ...rx.map((r) => r.sink)];
  const verify = (): void => {
    for (const sink of sinks) {
      if (sink.received !== sink.pushed) throw new Error(`lost ticks: ${sink.received} of ${sink.pushed} delivered`);
    }
  };

  const results: Record<string, Result> = {};
  for (const [shape, frames, ticks] of [
    ['OnTick', single, 1],
    ['OnTicks', batched, BATCH],
  ] as const) {
    results[shape] = await compare(
      `(1) ${shape}`,
      [
        contender('raw', raw.transport, rawSink, [...frames], ticks),
        ...rx.map((r) => contender(`rxhub ${r.policy}`, r.setup.transport, r.sink, [...frames], ticks)),
      ],
      { verify, rounds: 9, time: 200 },
    );
  }

  await raw.connection.stop();
  for (const r of rx) await teardown(r.setup, r.subscriptions);
  const decode = await decodeCost();

  const rows = Object.entries(results).map(([shape, result]) => [
    shape === 'OnTick' ? 'OnTick (1 tick per frame)' : `OnTicks (${BATCH} ticks per frame)`,
    ns(result.ns.raw),
    ns(result.ns['rxhub trust']),
    ratio(ratioOf(result, 'rxhub trust', 'raw')),
    ns(result.ns['rxhub report']),
    ratio(ratioOf(result, 'rxhub report', 'raw')),
  ]);
  const targets = Object.entries(results).flatMap(([shape, result]) => {
    const trust = ratioOf(result, 'rxhub trust', 'raw');
    const report = ratioOf(result, 'rxhub report', 'raw');
    return [
      { id: '1', target: `${shape}: trust ≤ 1.10× raw`, figure: ratio(trust), met: trust <= 1.1 },
      { id: '1', target: `${shape}: report ≤ 1.5× raw`, figure: ratio(report), met: report <= 1.5 },
    ];
  });
  return {
    title: '1. Per-tick client cost, in-process',
    text: [
      'The real `@microsoft/signalr` HubConnection (JSON protocol) over an in-memory ITransport that completes the',
      'handshake; each contender has its own connection and is fed the same pre-built frame strings, one transport',
      `message per frame, from a ring of ${RING} ticks of one symbol (every frame distinct). Raw: \`connection.on\``,
      'handlers that hand each tick to a sink. rxhub: `MT4Hub.ticks(symbol)` subscribed to the same sink, under',
      "the `trust` and `report` decode policies. A sample is one batch pushed through and drained (the client's",
      "promise continuations included), divided by its ticks; a cost is the median over 9 rounds of each round's",
      "median sample, and a ratio the median of the rounds' ratios (contenders alternate within each round).",
      'Every round checks that every tick reached its sink.',
    ],
    tables: [
      {
        header: ['frames', 'raw per tick', 'rxhub trust', 'trust / raw', 'rxhub report', 'report / raw'],
        rows,
      },
    ],
    targets,
    after: [
      ...(targets.filter((t) => t.target.includes('trust')).every((t) => t.met)
        ? []
        : [
            "**What limits `trust`.** rxhub adds, per tick, a Map lookup for the symbol's topic (on the previous",
            "tick's key while the symbol repeats), a second one for the all-ticks topic, and the delivery to the",
            "subscriber (the topic calls it directly; RxJS's Subscriber and SafeSubscriber follow) — against a raw",
            'handler that only hands the tick on, in a tick whose cost is mostly SignalR parsing the frame and re-arming',
            'its server-timeout timer. The hot path has no per-item closure, iterator, Map or context allocation of',
            "rxhub's own.",
            '',
          ]),
      ...(targets.filter((t) => t.target.includes('report')).every((t) => t.met)
        ? []
        : [
            "**What limits `report`.** Decoding, and in decoding the tick's time: see the breakdown below. Reading",
            `the time from its digits costs ${ns(decode['wireTime'])} and building its Date ${ns(decode['new Date(ms)'])} per tick (\`new Date\` is`,
            `a call into the engine's C++), against ${ns(results.OnTicks.ns.raw)} for a whole raw batched tick; and a decoded tick is a new`,
            'object (io-ts copies an object whose fields decode to something else).',
            '',
          ]),
      'Where the `report` cost goes: decoding one wire tick (per tick, same run, median over 5 rounds, each round',
      "on freshly parsed ticks). `Tick` has `lastTime: nullable(DateTime)`; `DateTime` reads the WebAPI's time",
      '(`wireTime`: its digits, a time without an offset as UTC) and builds the Date. Topics decode a tick with its',
      'fast pass (`src/cplugin/internal/decodeTick.ts`), which reads each field by name; the compiled pass that',
      'serves every other codec reads them through one keyed load per field.',
      '',
      ...markdownTable({
        header: ['step', 'per tick'],
        rows: [
          ['`Tick.decode` (io-ts)', ns(decode['io-ts Tick.decode'])],
          [
            "the compiled pass of Tick's fields (`decoder` of the same `t.type` without a fast pass)",
            ns(decode['compiled pass']),
          ],
          ["`decoder(Tick)`: Tick's fast pass, what topics use", ns(decode['fast pass'])],
          ['… of which `wireTime(lastTime)`', ns(decode['wireTime'])],
          ['… and `new Date(ms)`', ns(decode['new Date(ms)'])],
          ['`new Date(lastTime)`, for contrast', ns(decode['new Date(iso)'])],
        ],
      }),
    ],
  };
}

/** The cost of decoding one wire tick, step by step, on ticks parsed afresh for each sample as SignalR parses them. */
async function decodeCost(): Promise<Record<string, number>> {
  const frames = Array.from({ length: 2000 }, (_, i) =>
    JSON.stringify((wireTick('S00000', i) as { tick: unknown }).tick),
  );
  const fast = decoder(Tick);
  const compiled = decoder(t.type(Tick.props));
  let sink: unknown;
  const task = (name: string, f: (tick: { lastTime: string }) => unknown) => ({
    name,
    run: () => {
      const ticks = frames.map((frame) => JSON.parse(frame) as { lastTime: string });
      const start = performance.now();
      for (let i = 0; i < ticks.length; i++) sink = f(ticks[i]);
      return { ms: performance.now() - start, items: ticks.length };
    },
  });
  const ms = Date.UTC(2024, 2, 1, 10);
  const { ns: cost } = await rounds(
    '(1) decode',
    [
      task('io-ts Tick.decode', (tick) => Tick.decode(tick)),
      task('compiled pass', (tick) => compiled(tick)),
      task('fast pass', (tick) => fast(tick)),
      task('wireTime', (tick) => wireTime(tick.lastTime)),
      task('new Date(ms)', (tick) => new Date(ms + tick.lastTime.length)),
      task('new Date(iso)', (tick) => new Date(tick.lastTime)),
    ],
    { rounds: 5, time: 100, warmup: 20 },
  );
  if (sink === undefined) throw new Error('nothing decoded');
  return cost;
}
