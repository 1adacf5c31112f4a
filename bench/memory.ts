import type { Subscription } from 'rxjs';
import { handlerCount, heapUsed, progress, settle, until } from './harness';
import { SubscribeToTicksArgs, Tick, type TopicSpec } from '../src';
import { tickRoutes } from '../src/cplugin/internal/tickRoutes';
import { mt4Setup, PLATFORM, subscribeTicks, symbols, type Mt4Setup } from './mt4';
import { bytes, count, type Section } from './report';

const TOPICS = 10_000;
const CYCLES = 10_000;
/** Keeps the connection up while no topic is active, so that before and after compare like with like. */
const LINGER = 600_000;

/** The hub and the connection's own counts: topics, event channels, calls under way, and connection handlers. */
function counts(setup: Mt4Setup): { topics: number; channels: number; calls: number; handlers: number } {
  const { topics, handlers, calls } = setup.hub.stats();
  return { topics, channels: handlers, calls, handlers: handlerCount(setup.connection) };
}

/**
 * Waits until the client has stopped making calls (and every reply has come back) and, unless `topics` is
 * null, until the hub is down to that many topics and the server has been asked to undo every tick
 * subscription it was asked for.
 */
async function quiet(setup: Mt4Setup, topics: number | null = 0): Promise<void> {
  const { transport, hub } = setup;
  const total = (): number => [...transport.invocations.values()].reduce((a, b) => a + b, 0);
  await until(
    () =>
      topics === null ||
      (hub.stats().topics === topics &&
        transport.count('SubscribeToTicks') === transport.count('UnsubscribeFromTicks')),
    'the hub to settle',
  );
  for (let stable = 0, last = -1; stable < 5;) {
    await settle();
    const now = total();
    stable = now === last && hub.stats().calls === 0 ? stable + 1 : 0;
    last = now;
  }
}

/** Heap per subscription made by `make` (a few thousand of them, all kept), against the state just before. */
async function perSubscription(setup: Mt4Setup, n: number, make: (i: number) => Subscription): Promise<number> {
  const topics = setup.hub.stats().topics;
  const before = await heapUsed();
  let kept: Subscription[] | undefined = Array.from({ length: n }, (_, i) => make(i));
  await quiet(setup, null);
  const after = await heapUsed();
  for (const subscription of kept) subscription.unsubscribe();
  kept = undefined;
  await quiet(setup, topics);
  return (after - before) / n;
}

/**
 * (5) Memory: heap per active topic (10,000 `ticks(symbol)` topics, each with one subscriber), and heap and
 * handlers after 10,000 subscribe/unsubscribe cycles against the state before them.
 */
export async function memory(): Promise<Section> {
  const sink = (): void => undefined;

  // Heap per active topic, on a hub that is connected and warmed up but has no topic.
  const setup = mt4Setup('report', LINGER);
  for (const subscription of await subscribeTicks(setup, symbols(100), sink)) subscription.unsubscribe();
  await quiet(setup);
  const empty = counts(setup);
  progress(`(5) ${count(TOPICS)} ticks(symbol) topics`);
  let active = empty;
  const perTopic = await perSubscription(setup, TOPICS, (i) => {
    const subscription = setup.mt4.ticks(`T${i}`).subscribe(sink);
    if (i === TOPICS - 1) queueMicrotask(() => (active = counts(setup)));
    return subscription;
  });
  // Where it goes: the same topic through RxHub alone, without the session it requires.
  progress('(5) breakdown: hub.topic alone, without the session');
  const keeper = setup.mt4.platformStatus().subscribe(sink);
  const topicOnly = await perSubscription(setup, TOPICS, (i) => setup.hub.topic(tickSpec(`U${i}`)).subscribe(sink));
  keeper.unsubscribe();
  await quiet(setup);
  await setup.connection.stop();

  // 10,000 cycles on a fresh hub: half leave after the subscribe call completed, half while it is under way.
  const cycling = mt4Setup('report', LINGER);
  const cycle = async (i: number): Promise<void> => {
    const subscribes = cycling.transport.count('SubscribeToTicks');
    const subscription: Subscription = cycling.mt4.ticks(`C${i}`).subscribe(sink);
    if (i % 2 === 0) {
      await until(() => cycling.transport.count('SubscribeToTicks') > subscribes, 'SubscribeToTicks');
      await settle();
    }
    subscription.unsubscribe();
  };
  for (let i = 0; i < 200; i++) await cycle(-1 - i);
  await quiet(cycling);
  const start = counts(cycling);
  const baseline = await heapUsed();
  for (let i = 0; i < CYCLES; i++) {
    await cycle(i);
    if (i % 2000 === 1999) progress(`(5) ${count(i + 1)} of ${count(CYCLES)} subscribe/unsubscribe cycles`);
  }
  await quiet(cycling);
  const end = counts(cycling);
  const cycled = await heapUsed();
  const growth = cycled - baseline;
  // As many again: a leak would grow by as much again; what is warm-up (compiled code, table sizes) does not.
  for (let i = CYCLES; i < 2 * CYCLES; i++) await cycle(i);
  await quiet(cycling);
  const again = (await heapUsed()) - cycled;
  await cycling.connection.stop();

  const line = (c: ReturnType<typeof counts>): string[] => [
    String(c.topics),
    String(c.channels),
    String(c.calls),
    String(c.handlers),
  ];
  return {
    title: '5. Memory',
    text: [
      'Heap after a full GC (`--expose-gc`), rxhub over a real HubConnection and the in-memory transport, the hub kept',
      `connected between subscriptions (\`linger\`). Per topic: ${count(TOPICS)} \`MT4Hub.ticks(symbol)\` topics (default`,
      '`report` policy), each with one subscriber, once every SubscribeToTicks call has completed, against the',
      'warmed-up hub with no topic. The breakdown makes the same topics through `RxHub.topic` directly (what',
      '`MT4Hub.ticks` builds, without `requires: session`). Cycles, on a fresh hub: ' +
        `${count(CYCLES)} subscribe/unsubscribe of \`ticks(symbol)\` with a new symbol each time —`,
      'half leave after the subscribe call completed, half while it is under way — then the hub is left to settle.',
      "Per topic includes about 120 B that are the SignalR client's: its send loop keeps the last batch it sent (here",
      'the frames of all the SubscribeToTicks calls) until it sends again.',
    ],
    tables: [
      {
        header: ['heap', 'figure'],
        rows: [
          [`per active topic: \`MT4Hub.ticks(symbol)\` with one subscriber (${count(TOPICS)} topics)`, bytes(perTopic)],
          ['… of which the same topic through `RxHub.topic`, without the session', bytes(topicOnly)],
          [
            '… the rest: the subscription to the session that each topic holds (`requires`)',
            bytes(perTopic - topicOnly),
          ],
          [`after ${count(CYCLES)} subscribe/unsubscribe cycles, vs before them`, bytes(growth)],
          [`after ${count(CYCLES)} more cycles, vs after the first ${count(CYCLES)}`, bytes(again)],
        ],
      },
      {
        header: ['state', 'topics', 'event channels', 'calls under way', 'connection handlers'],
        rows: [
          ['no topic', ...line(empty)],
          [`${count(TOPICS)} topics active`, ...line(active)],
          ['before the cycles', ...line(start)],
          [`after ${count(CYCLES)} cycles`, ...line(end)],
        ],
      },
    ],
    after:
      perTopic <= 2048
        ? []
        : [
            '**What limits it.** A topic through `RxHub.topic` holds its spec (subscribe and unsubscribe calls that',
            'share one arguments array, two routes), its key, the Topic with its subscriber list and its entries in',
            "the hub's topic and route tables, and the subscriber with its `Membership` teardown; RxJS makes a",
            "subscriber's array of finalizers 17 slots long at its first push. The session each `MT4Hub` topic requires",
            "is only counted on the session's topic. Sharing one spec per symbol would only help symbols that have",
            'several `ticks()` callers.',
          ],
    targets: [
      { id: '5', target: '≤ 2 KB heap per active topic', figure: bytes(perTopic), met: perTopic <= 2048 },
      {
        id: '5',
        target: `after ${count(CYCLES)} cycles: heap within 1 MB of baseline`,
        figure: bytes(growth),
        met: Math.abs(growth) <= 2 ** 20,
      },
      {
        id: '5',
        target: `after ${count(CYCLES)} cycles: zero handlers left`,
        figure: `${end.handlers} connection handlers, ${end.channels} event channels, ${end.topics} topics`,
        met: end.handlers === 0 && end.channels === 0 && end.topics === 0,
      },
    ],
  };
}

/** The topic `MT4Hub.ticks(symbol)` makes, as a plain TopicSpec. */
function tickSpec(symbol: string): TopicSpec<Tick> {
  const args = [SubscribeToTicksArgs.encode({ tradePlatform: PLATFORM, symbol })];
  const { tick, ticks } = tickRoutes(PLATFORM);
  return {
    subscribe: { method: 'SubscribeToTicks', args },
    unsubscribe: { method: 'UnsubscribeFromTicks', args },
    routes: [
      { route: tick, key: symbol },
      { route: ticks, key: symbol },
    ],
    codec: Tick,
    decode: 'report',
  };
}
