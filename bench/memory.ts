import type { Subscription } from 'rxjs';
import { handlerCount, heapUsed, progress, settle, until } from './harness';
import { mt4Setup, subscribeTicks, symbols, type Mt4Setup } from './mt4';
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

/** Waits until no call is under way and the server has been asked to undo every subscription it was asked for. */
async function quiet(setup: Mt4Setup): Promise<void> {
  const { transport } = setup;
  await until(
    () =>
      setup.hub.stats().topics === 0 &&
      transport.count('SubscribeToTicks') === transport.count('UnsubscribeFromTicks') &&
      setup.hub.stats().calls === 0,
    'the hub to settle',
  );
  for (let i = 0; i < 5; i++) await settle();
}

/**
 * (5) Memory: heap per active topic (10,000 `ticks(symbol)` topics, each with one subscriber), and heap and
 * handlers after 10,000 subscribe/unsubscribe cycles against the state before them.
 */
export async function memory(): Promise<Section> {
  // Heap per active topic.
  const setup = mt4Setup('report', LINGER);
  const sink = (): void => undefined;
  // Warm-up: start the connection, run the code paths once, and leave no topic behind.
  for (const subscription of await subscribeTicks(setup, symbols(100), sink)) subscription.unsubscribe();
  await quiet(setup);
  const empty = counts(setup);
  const before = await heapUsed();
  progress(`(5) subscribing ${count(TOPICS)} topics`);
  const names = symbols(TOPICS).map((name) => `T${name}`);
  const subscriptions = await subscribeTicks(setup, names, sink);
  const active = counts(setup);
  const after = await heapUsed();
  const perTopic = (after - before) / TOPICS;
  for (const subscription of subscriptions) subscription.unsubscribe();
  await quiet(setup);
  const released = await heapUsed();

  // 10,000 cycles: half wait for the subscribe call to complete, half leave while it is under way.
  const baseline = await heapUsed();
  const start = counts(setup);
  let subscribes = setup.transport.count('SubscribeToTicks');
  for (let i = 0; i < CYCLES; i++) {
    const subscription: Subscription = setup.mt4.ticks(`C${i}`).subscribe(sink);
    if (i % 2 === 0) {
      await until(() => setup.transport.count('SubscribeToTicks') > subscribes, 'SubscribeToTicks');
      await settle();
    }
    subscription.unsubscribe();
    subscribes = setup.transport.count('SubscribeToTicks');
    if (i % 1000 === 999) progress(`(5) ${count(i + 1)} of ${count(CYCLES)} subscribe/unsubscribe cycles`);
  }
  await quiet(setup);
  const end = counts(setup);
  const cycled = await heapUsed();
  const growth = cycled - baseline;
  await setup.connection.stop();

  const line = (c: ReturnType<typeof counts>): string[] => [
    String(c.topics),
    String(c.channels),
    String(c.calls),
    String(c.handlers),
  ];
  return {
    title: '5. Memory',
    text: [
      `Heap after a full GC (\`--expose-gc\`), rxhub over a real HubConnection and the in-memory transport, hub kept`,
      `connected between subscriptions (\`linger\`). Per topic: ${count(TOPICS)} \`MT4Hub.ticks(symbol)\` topics (default \`report\``,
      'policy), each with one subscriber, after every SubscribeToTicks call has completed, against the warmed-up',
      `hub with no topic. Cycles: ${count(CYCLES)} subscribe/unsubscribe of \`ticks(symbol)\` with a new symbol each time —`,
      'half leave after the subscribe call completed, half while it is under way — then the hub is left to settle.',
    ],
    tables: [
      {
        header: ['heap', 'figure'],
        rows: [
          [`per active topic (${count(TOPICS)} topics)`, bytes(perTopic)],
          ['after those topics were released, vs before them', bytes(released - before)],
          [`after ${count(CYCLES)} subscribe/unsubscribe cycles, vs before them`, bytes(growth)],
        ],
      },
      {
        header: ['state', 'topics', 'event channels', 'calls under way', 'connection handlers'],
        rows: [
          ['no topic (before)', ...line(empty)],
          [`${count(TOPICS)} topics active`, ...line(active)],
          ['before the cycles', ...line(start)],
          [`after ${count(CYCLES)} cycles`, ...line(end)],
        ],
      },
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
