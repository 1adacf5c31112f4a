import type { Subscription } from 'rxjs';
import type { MemoryTransport } from './harness';
import { compare, type Contender } from './measure';
import {
  mt4Setup,
  onTickFrames,
  onTicksFrames,
  rawClient,
  subscribeTicks,
  symbols,
  teardown,
  type Mt4Setup,
} from './mt4';
import { ns, ratio, type Section } from './report';

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

  const results: Record<string, Record<string, number>> = {};
  for (const [shape, frames, ticks] of [
    ['OnTick', single, 1],
    ['OnTicks', batched, BATCH],
  ] as const) {
    const { ns: cost } = await compare(
      `(1) ${shape}`,
      [
        contender('raw', raw.transport, rawSink, [...frames], ticks),
        ...rx.map((r) => contender(`rxhub ${r.policy}`, r.setup.transport, r.sink, [...frames], ticks)),
      ],
      { verify },
    );
    results[shape] = cost;
  }

  await raw.connection.stop();
  for (const r of rx) await teardown(r.setup, r.subscriptions);

  const rows = Object.entries(results).map(([shape, cost]) => [
    shape === 'OnTick' ? 'OnTick (1 tick per frame)' : `OnTicks (${BATCH} ticks per frame)`,
    ns(cost.raw),
    ns(cost['rxhub trust']),
    ratio(cost['rxhub trust'] / cost.raw),
    ns(cost['rxhub report']),
    ratio(cost['rxhub report'] / cost.raw),
  ]);
  const targets = Object.entries(results).flatMap(([shape, cost]) => [
    {
      id: '1',
      target: `${shape}: trust ≤ 1.10× raw`,
      figure: ratio(cost['rxhub trust'] / cost.raw),
      met: cost['rxhub trust'] / cost.raw <= 1.1,
    },
    {
      id: '1',
      target: `${shape}: report ≤ 1.5× raw`,
      figure: ratio(cost['rxhub report'] / cost.raw),
      met: cost['rxhub report'] / cost.raw <= 1.5,
    },
  ]);
  return {
    title: '1. Per-tick client cost, in-process',
    text: [
      'The real `@microsoft/signalr` HubConnection (JSON protocol) over an in-memory ITransport that completes the',
      'handshake; each contender has its own connection and is fed the same pre-built frame strings, one transport',
      `message per frame, from a ring of ${RING} ticks of one symbol (every frame distinct). Raw: \`connection.on\``,
      'handlers that hand each tick to a sink. rxhub: `MT4Hub.ticks(symbol)` subscribed to the same sink, under',
      "the `trust` and `report` decode policies. A sample is one batch pushed through and drained (the client's",
      'promise continuations included), divided by its ticks; the figure is the median over 7 rounds of each',
      "round's median sample, contenders alternating. Every round checks that every tick reached its sink.",
    ],
    tables: [
      {
        header: ['frames', 'raw per tick', 'rxhub trust', 'trust / raw', 'rxhub report', 'report / raw'],
        rows,
      },
    ],
    targets,
  };
}
