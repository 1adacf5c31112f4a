import { progress } from './harness';
import { compare, ratioOf, type Contender } from './measure';
import { mt4Setup, onTickFrames, rawClient, subscribeTicks, symbols, teardown } from './mt4';
import { count, ns, ratio, type Section } from './report';

const SUBSCRIBERS = [1, 100, 10_000];
const RING = 2_000;

/**
 * (3) Fan-out: 1, 100 and 10,000 subscribers of one topic. The server sees one SubscribeToTicks call whatever the
 * number; the per-tick cost grows with the subscribers only, each costing a few function calls. For contrast, a
 * raw client with as many `connection.on` handlers.
 */
export async function fanout(): Promise<Section> {
  const [symbol] = symbols(1);
  const frames = onTickFrames([symbol], RING);
  const contenders: Contender[] = [];
  const checks: (() => void)[] = [];
  const calls: number[] = [];
  const cleanups: (() => Promise<void>)[] = [];

  for (const n of SUBSCRIBERS) {
    progress(`(3) ${count(n)} subscribers of one topic`);
    const setup = mt4Setup('trust');
    const tally = { pushed: 0, received: 0 };
    const subscriptions = await subscribeTicks(setup, Array<string>(n).fill(symbol), () => tally.received++);
    calls.push(setup.transport.count('SubscribeToTicks'));
    contenders.push({
      name: `rxhub ${n}`,
      frames,
      ticksPerFrame: 1,
      batch: Math.max(20, Math.floor(100_000 / n)),
      push: (frame) => {
        tally.pushed += n;
        setup.transport.push(frame);
      },
    });
    checks.push(() => {
      if (tally.received !== tally.pushed) throw new Error(`fan-out: ${tally.received} of ${tally.pushed} deliveries`);
    });
    cleanups.push(() => teardown(setup, subscriptions));

    const raw = await rawClient();
    const rawTally = { pushed: 0, received: 0 };
    for (let i = 0; i < n; i++) {
      raw.connection.on('OnTick', (args: { tick?: unknown }) => {
        if (args.tick) rawTally.received++;
      });
    }
    contenders.push({
      name: `raw ${n}`,
      frames,
      ticksPerFrame: 1,
      batch: Math.max(20, Math.floor(100_000 / n)),
      push: (frame) => {
        rawTally.pushed += n;
        raw.transport.push(frame);
      },
    });
    checks.push(() => {
      if (rawTally.received !== rawTally.pushed)
        throw new Error(`fan-out raw: ${rawTally.received} of ${rawTally.pushed}`);
    });
    cleanups.push(() => raw.connection.stop());
  }

  const result = await compare('(3) fan-out', contenders, {
    rounds: 5,
    time: 120,
    warmup: 30,
    verify: () => checks.forEach((check) => check()),
  });
  for (const cleanup of cleanups) await cleanup();

  const cost = result.ns;
  const rx = SUBSCRIBERS.map((n) => cost[`rxhub ${n}`]);
  const raw = SUBSCRIBERS.map((n) => cost[`raw ${n}`]);
  const perSubscriber = (values: number[], i: number): string =>
    i === 0 ? '—' : ns((values[i] - values[0]) / (SUBSCRIBERS[i] - 1));
  return {
    title: '3. Fan-out',
    text: [
      `1, 100 and ${count(10_000)} subscribers of one topic (\`MT4Hub.ticks(symbol)\`, \`trust\`), each size with its own`,
      'connection and hub, fed the same OnTick frames; the cost is per tick, for all subscribers together.',
      '"Per extra subscriber" is (cost − cost with 1) / (subscribers − 1). Raw, for contrast: as many',
      '`connection.on` handlers on one connection. Median over 5 rounds.',
    ],
    tables: [
      {
        header: [
          'subscribers',
          'SubscribeToTicks calls',
          'rxhub per tick',
          'per extra subscriber',
          'raw per tick',
          'raw per extra handler',
          'raw / rxhub',
        ],
        rows: SUBSCRIBERS.map((n, i) => [
          count(n),
          String(calls[i]),
          ns(rx[i]),
          perSubscriber(rx, i),
          ns(raw[i]),
          perSubscriber(raw, i),
          ratio(ratioOf(result, `raw ${n}`, `rxhub ${n}`)),
        ]),
      },
    ],
    targets: [],
    after: [
      calls.every((c) => c === 1)
        ? 'Server calls stay at 1 for every size: one `SubscribeToTicks`, however many subscribers.'
        : `**Server calls did not stay at 1**: ${calls.join(', ')}.`,
    ],
  };
}
