import { LogLevel, MessageType, type HubConnection, type IHubProtocol } from '@microsoft/signalr';
import { MessagePackHubProtocol } from '@microsoft/signalr-protocol-msgpack';
import type { Subscription } from 'rxjs';
import { hubConnectionFactory, MT4Hub, RxHub } from '../src';
import { messagePack } from '../msgpack';
import { startSimulator, type SimulatorHandle } from '../test/support/simulator';
import { median, MemoryTransport, memoryConnection, progress, settle, until } from './harness';
import { compare, ratioOf, type Contender, type Result } from './measure';
import { onTickFrames, onTicksFrames, PLATFORM, symbols } from './mt4';
import { count, ns, ratio, type Section } from './report';

const RING = 2000;
const BATCH = 10;
const MT4 = '/hubs/mt4/v1';
const ROUNDS = 5;
const SINGLE = 20_000;
const BATCHED = 100_000;
const LOOPBACK_BATCH = 50;

type Protocol = 'json' | 'messagepack';
type Shape = 'OnTick' | 'OnTicks';

/** What ASP.NET Core's MessagePack protocol sends with its default resolver: C#'s names, and times as timestamps. */
function serverShape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(serverShape);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [
      key[0].toUpperCase() + key.slice(1),
      key === 'lastTime' ? new Date(field as string) : serverShape(field),
    ]),
  );
}

/** The JSON frames of section 1, encoded as the server's MessagePack protocol writes the same invocations. */
function messagePackFrames(frames: readonly string[]): ArrayBuffer[] {
  const server = new MessagePackHubProtocol();
  return frames.map((frame) => {
    const { target, arguments: args } = JSON.parse(frame.slice(0, -1)) as { target: string; arguments: unknown[] };
    const message = { type: MessageType.Invocation, target, arguments: args.map(serverShape), headers: {} } as const;
    return server.writeMessage(message) as ArrayBuffer;
  });
}

const sizeOf = (frame: string | ArrayBuffer): number =>
  typeof frame === 'string' ? Buffer.byteLength(frame) : frame.byteLength;

/** Counts what reaches a subscriber, so that each round can check that every tick arrived. */
class Sink {
  received = 0;
  pushed = 0;
  last = 0;
  target = 0;
  readonly next = (): void => {
    if (++this.received === this.target) this.last = performance.now();
  };
}

/** A raw handler pair for OnTick and OnTicks, reading the payload's names as `protocol` sends them. */
function rawHandlers(connection: HubConnection, protocol: Protocol, sink: Sink): void {
  if (protocol === 'json') {
    connection.on('OnTick', (args: { tick: unknown }) => args.tick !== undefined && sink.next());
    connection.on('OnTicks', (args: { ticks: { tick: unknown }[] }) => {
      for (const item of args.ticks) if (item.tick !== undefined) sink.next();
    });
  } else {
    connection.on('OnTick', (args: { Tick: unknown }) => args.Tick !== undefined && sink.next());
    connection.on('OnTicks', (args: { Ticks: { Tick: unknown }[] }) => {
      for (const item of args.Ticks) if (item.Tick !== undefined) sink.next();
    });
  }
}

/**
 * (9) JSON vs MessagePack: per-tick client cost in-process (section 1's harness, both protocols), bytes per tick on
 * the wire, and the sustained rate on loopback against the simulator (section 6's method), side by side.
 */
export async function jsonVsMessagePack(): Promise<Section> {
  const inProcess = await clientCost();
  progress('(9) building and starting the simulator');
  const quiet = ['Ohlc', 'Margin', 'SymbolUpdate', 'Online', 'Debug', 'Clock', 'Stream'].map(
    (name) => `--Simulator:${name}IntervalMs=600000`,
  );
  const sim = await startSimulator({ args: ['--Simulator:TickIntervalMs=600000', ...quiet], timeoutMs: 120_000 });
  try {
    return section(inProcess, await loopbackRates(sim));
  } finally {
    await sim.stop();
  }
}

interface InProcess {
  readonly results: Record<Shape, Result>;
  readonly bytes: Record<Shape, Record<Protocol, number>>;
}

async function clientCost(): Promise<InProcess> {
  const [symbol] = symbols(1);
  const json: Record<Shape, string[]> = {
    OnTick: onTickFrames([symbol], RING),
    OnTicks: onTicksFrames([symbol], RING / BATCH, BATCH),
  };
  const binary: Record<Shape, ArrayBuffer[]> = {
    OnTick: messagePackFrames(json.OnTick),
    OnTicks: messagePackFrames(json.OnTicks),
  };
  const ticksOf: Record<Shape, number> = { OnTick: 1, OnTicks: BATCH };

  const contenders: {
    name: string;
    protocol: Protocol;
    transport: MemoryTransport;
    sink: Sink;
    stop: () => Promise<void>;
  }[] = [];
  for (const protocol of ['json', 'messagepack'] as const) {
    const wire: IHubProtocol | undefined = protocol === 'json' ? undefined : new MessagePackHubProtocol();
    // Raw: SignalR's own protocol, handlers reading the names as they arrive.
    const rawTransport = new MemoryTransport(undefined, wire);
    const raw = memoryConnection(rawTransport, protocol === 'json' ? undefined : new MessagePackHubProtocol());
    await raw.start();
    const rawSink = new Sink();
    rawHandlers(raw, protocol, rawSink);
    contenders.push({
      name: `raw ${protocol}`,
      protocol,
      transport: rawTransport,
      sink: rawSink,
      stop: () => raw.stop(),
    });
    // rxhub: MT4Hub.ticks under `report`, over `messagePack()` (names renamed) for MessagePack.
    const transport = new MemoryTransport(undefined, wire);
    const hub = new RxHub(memoryConnection(transport, protocol === 'json' ? undefined : messagePack()), {
      decode: 'report',
    });
    const sink = new Sink();
    const subscription: Subscription = new MT4Hub(hub, { tradePlatform: PLATFORM }).ticks(symbol).subscribe(sink.next);
    await until(() => transport.count('SubscribeToTicks') === 1, 'SubscribeToTicks');
    await settle();
    await settle();
    contenders.push({
      name: `rxhub ${protocol}`,
      protocol,
      transport,
      sink,
      stop: async () => {
        subscription.unsubscribe();
        await until(() => hub.stats().topics === 0, 'the hub to let go');
      },
    });
  }
  const verify = (): void => {
    for (const { name, sink } of contenders) {
      if (sink.received !== sink.pushed) throw new Error(`${name}: ${sink.received} of ${sink.pushed} ticks delivered`);
    }
  };
  const results = {} as Record<Shape, Result>;
  for (const shape of ['OnTick', 'OnTicks'] as const) {
    results[shape] = await compare(
      `(9) ${shape}`,
      contenders.map(({ name, protocol, transport, sink }): Contender => ({
        name,
        frames: protocol === 'json' ? json[shape] : binary[shape],
        ticksPerFrame: ticksOf[shape],
        push: (frame) => {
          sink.pushed += ticksOf[shape];
          transport.push(frame);
        },
      })),
      { verify, rounds: 9, time: 200 },
    );
  }
  for (const contender of contenders) await contender.stop();
  const perTick = (frames: readonly (string | ArrayBuffer)[], ticks: number): number =>
    frames.reduce((sum: number, frame) => sum + sizeOf(frame), 0) / frames.length / ticks;
  const bytes = {
    OnTick: { json: perTick(json.OnTick, 1), messagepack: perTick(binary.OnTick, 1) },
    OnTicks: { json: perTick(json.OnTicks, BATCH), messagepack: perTick(binary.OnTicks, BATCH) },
  };
  return { results, bytes };
}

/** Median ticks/s of each client per burst shape, on loopback. */
type Rates = Record<string, Record<Shape, number>>;

/** Section 6's sustained bursts, with one raw client and one rxhub client per protocol, each on its own symbol. */
async function loopbackRates(sim: SimulatorHandle): Promise<Rates> {
  const token = await sim.admin.token();
  const names = ['raw json', 'raw messagepack', 'rxhub json', 'rxhub messagepack'];
  const symbolOf = (i: number): string => ['EURUSD', 'GBPUSD', 'USDJPY', 'USDCHF'][i];
  const sinks = names.map(() => new Sink());
  const stops: (() => Promise<void>)[] = [];
  for (const [i, name] of names.entries()) {
    const protocol: Protocol = name.endsWith('json') ? 'json' : 'messagepack';
    const options = { accessTokenFactory: () => token, logLevel: LogLevel.None, reconnect: false } as const;
    if (name.startsWith('raw')) {
      const raw = hubConnectionFactory(`${sim.url}${MT4}`, {
        ...options,
        protocol: protocol === 'json' ? undefined : messagePack({ names: 'camel' }),
      })();
      await raw.start();
      const key = (camel: string): string => (protocol === 'json' ? camel : camel[0].toUpperCase() + camel.slice(1));
      await raw.invoke('Connect', { [key('tradePlatform')]: 'demo' });
      await raw.invoke('SubscribeToTicks', { [key('tradePlatform')]: 'demo', [key('symbol')]: symbolOf(i) });
      rawHandlers(raw, protocol, sinks[i]);
      stops.push(() => raw.stop());
    } else {
      const hub = new RxHub(
        hubConnectionFactory(`${sim.url}${MT4}`, {
          ...options,
          protocol: protocol === 'json' ? undefined : messagePack(),
        }),
      );
      const subscription = new MT4Hub(hub, { tradePlatform: 'demo' }).ticks(symbolOf(i)).subscribe(sinks[i].next);
      const probes = setInterval(() => void sim.admin.burst({ platform: 'demo', symbol: symbolOf(i), count: 1 }), 500);
      await until(() => sinks[i].received > 0, `${name} to be subscribed`, 30_000).finally(() => clearInterval(probes));
      stops.push(async () => {
        subscription.unsubscribe();
        await until(() => hub.stats().topics === 0, 'the hub to let go');
      });
    }
  }
  const samples: Record<string, Record<Shape, number[]>> = Object.fromEntries(
    names.map((name) => [name, { OnTick: [], OnTicks: [] }]),
  );
  // Round 0 warms up and is not counted; the order of the clients alternates from round to round.
  for (let round = 0; round <= ROUNDS; round++) {
    const order = round % 2 ? [...names.keys()].reverse() : [...names.keys()];
    for (const shape of ['OnTick', 'OnTicks'] as const) {
      for (const i of order) {
        const sink = sinks[i];
        const ticks = (shape === 'OnTick' ? SINGLE : BATCHED) / (round === 0 ? 5 : 1);
        sink.target = sink.received + ticks;
        const start = performance.now();
        await sim.admin.burst({
          platform: 'demo',
          symbol: symbolOf(i),
          count: ticks,
          ...(shape === 'OnTicks' ? { batchSize: LOOPBACK_BATCH } : {}),
        });
        await until(() => sink.received >= sink.target, `${names[i]} to receive the burst`, 60_000);
        if (round > 0) samples[names[i]][shape].push(ticks / ((sink.last - start) / 1000));
      }
    }
    if (round > 0) progress(`(9) loopback: round ${round}/${ROUNDS}`);
  }
  for (const stop of stops) await stop();
  return Object.fromEntries(
    names.map((name) => [name, { OnTick: median(samples[name].OnTick), OnTicks: median(samples[name].OnTicks) }]),
  );
}

function section({ results, bytes }: InProcess, rates: Rates): Section {
  const shapes = [
    ['OnTick', 'OnTick (1 tick per frame)'],
    ['OnTicks', `OnTicks (${BATCH} per frame in-process, ${LOOPBACK_BATCH} on loopback)`],
  ] as const;
  return {
    title: '9. JSON vs MessagePack',
    text: [
      "The same ticks over both hub protocols. In-process: section 1's harness (the real HubConnection, an in-memory",
      'transport, one symbol, a ring of 2000 distinct ticks, median of 9 rounds), fed JSON frames and the same',
      "invocations as ASP.NET Core's MessagePack protocol writes them (C#'s PascalCase names, times as timestamps).",
      "Raw: `connection.on` handlers over SignalR's own protocol. rxhub: `MT4Hub.ticks` under `report`, over",
      '`messagePack()` for MessagePack (which renames the names once per message). Bytes: the in-process frames',
      "per tick, MessagePack's as SignalR's JavaScript encoder writes the server's shape (the server may pick other",
      "integer widths; the names, doubles and timestamps are the same bytes). Loopback: section 6's bursts from the simulator (WebSockets, 127.0.0.1), one client",
      `per row on its own symbol, ${SINGLE} single and ${BATCHED} batched ticks a burst, median of ${ROUNDS} rounds.`,
    ],
    tables: [
      {
        header: [
          'frames',
          'bytes/tick JSON',
          'bytes/tick MessagePack',
          'raw JSON',
          'raw MessagePack',
          'rxhub JSON',
          'rxhub MessagePack',
          'rxhub MessagePack / rxhub JSON',
        ],
        rows: shapes.map(([shape, label]) => [
          label,
          count(bytes[shape].json),
          count(bytes[shape].messagepack),
          ns(results[shape].ns['raw json']),
          ns(results[shape].ns['raw messagepack']),
          ns(results[shape].ns['rxhub json']),
          ns(results[shape].ns['rxhub messagepack']),
          ratio(ratioOf(results[shape], 'rxhub messagepack', 'rxhub json')),
        ]),
      },
      {
        header: ['loopback, ticks/s', 'raw JSON', 'raw MessagePack', 'rxhub JSON', 'rxhub MessagePack'],
        rows: shapes.map(([shape, label]) => [
          label,
          ...['raw json', 'raw messagepack', 'rxhub json', 'rxhub messagepack'].map((name) =>
            count(rates[name][shape]),
          ),
        ]),
      },
    ],
    targets: [],
    after: [
      '**What limits each.** In Node, `JSON.parse` is native code, while `@msgpack/msgpack` (2.x, pinned by',
      '`@microsoft/signalr-protocol-msgpack`) decodes in JavaScript, builds a `Date` for every timestamp, and',
      'MessagePack frames arrive as binary that SignalR copies and splits by length prefix; rxhub adds the renaming',
      "of C#'s names (a copy of each payload). So per tick in-process MessagePack costs more CPU in Node, and saves",
      'bytes: the names are as long in both, and the saving is in numbers (8-byte doubles against their digits) and',
      "times (a 12-byte timestamp against a 26-byte string). On loopback, the server's serialization and the socket",
      'share the bill; on a real network, the bytes are what MessagePack buys. docs/messagepack.md says when it pays.',
    ],
  };
}
