import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import { connect } from '@nats-io/transport-node';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { from, lastValueFrom, map, mergeMap, of, Subject } from 'rxjs';
import { publish, shard, workers } from '../nats';
import { startNatsServer } from '../test/support/startNatsServer';
import { median, progress } from './harness';
import { count, ns, ratio, type Section } from './report';

const ITEMS = 20_000;
const ROUNDS = 3;
const IN_FLIGHT = [1, 64, 256, 1024];
const TAKEOVERS = 5;
const TTL = 2000;

/** A candle as the fleet publishes it. */
const candle = (i: number) => ({
  open: { bid: 1.1, ask: 1.1002 },
  maximum: { bid: 1.1004, ask: 1.1006 },
  minimum: { bid: 1.0998, ask: 1.1 },
  close: { bid: 1.1001, ask: 1.1003 },
  symbol: `SYM${i % 300}`,
  lastTime: new Date(Date.UTC(2026, 10, 29) + Math.floor(i / 300) * 60_000),
  volume: 120,
  complete: true,
  partial: false,
  worker: 'w1',
});

/**
 * (7) rxhub/nats on a real nats-server: items published per second through JetStream by one worker, by the bound
 * on acks in flight, against the same items through the in-process pipeline alone; and the takeover time after a
 * SIGKILL, from the kill to the survivor's subscribe calls.
 */
export async function natsBench(): Promise<Section> {
  const nats = await startNatsServer();
  try {
    const nc = await connect({ servers: nats.server });
    await (await jetstreamManager(nc)).streams.add({ name: 'BENCH', subjects: ['rxhub.>'] });
    const js = jetstream(nc);
    const items = Array.from({ length: ITEMS }, (_, i) => candle(i));
    const subject = (item: ReturnType<typeof candle>) => `rxhub.demo.${item.symbol}.candles.M1`;
    let round = 0;

    // The in-process pipeline: the same items, encoded and passed through mergeMap, without the broker.
    const encoder = new TextEncoder();
    const inProcess: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const started = performance.now();
      await lastValueFrom(
        from(items).pipe(mergeMap((item) => of(encoder.encode(JSON.stringify(item))).pipe(map(() => item)), 256)),
      );
      inProcess.push(((performance.now() - started) * 1e6) / ITEMS);
    }
    const base = median(inProcess);

    const rows: string[][] = [];
    for (const maxInFlight of IN_FLIGHT) {
      progress(`(7) publishing ${count(ITEMS)} items, ${maxInFlight} in flight`);
      const perItem: number[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        round++;
        const started = performance.now();
        await lastValueFrom(
          from(items).pipe(
            publish(js, { subject, id: (item) => `${round}.${item.symbol}.${+item.lastTime}`, maxInFlight }),
          ),
        );
        perItem.push(((performance.now() - started) * 1e6) / ITEMS);
      }
      const cost = median(perItem);
      rows.push([String(maxInFlight), count(1e9 / cost), ns(cost), ratio(cost / base)]);
    }

    progress(`(7) takeover after SIGKILL, ${TAKEOVERS} times`);
    const takeovers: number[] = [];
    const bucket = await new Kvm(nc).create('rxhub-bench-workers', { ttl: TTL });
    for (let i = 0; i < TAKEOVERS; i++) takeovers.push(await takeover(nats.server, bucket, `victim${i}`));
    await nc.close();

    return {
      title: '8. rxhub/nats: publishing through JetStream, and takeover',
      text: [
        `One worker publishes ${count(ITEMS)} candles (JSON, ${encoder.encode(JSON.stringify(items[0])).length} bytes) with`,
        "`publish` to a real `nats-server` (Debian's, JetStream on file storage, loopback), with message ids and",
        `${ROUNDS} rounds per bound; the in-process pipeline is the same items encoded and passed through`,
        `\`mergeMap\` alone (${ns(base)} per item). Then a member heartbeating every ${Math.round(TTL / 3)} ms into a bucket with`,
        `a ${TTL} ms TTL is killed with SIGKILL ${TAKEOVERS} times; the takeover time is from the kill to the`,
        "survivor's `shard` subscribing the victim's keys.",
      ],
      tables: [
        {
          header: ['acks in flight', 'items/s', 'per item', 'vs in-process'],
          rows,
        },
        {
          header: ['takeover after SIGKILL', 'median', 'min', 'max', 'bound (TTL + 1 s)'],
          rows: [
            [
              `${TAKEOVERS} kills, TTL ${TTL} ms`,
              `${median(takeovers).toFixed(0)} ms`,
              `${Math.min(...takeovers).toFixed(0)} ms`,
              `${Math.max(...takeovers).toFixed(0)} ms`,
              `${TTL + 1000} ms`,
            ],
          ],
        },
      ],
      targets: [],
      after: [
        'What limits these figures: with one ack in flight, each publish is a request and its reply over',
        'loopback, so the rate is one round trip per item. With more in flight the round trips overlap, and the',
        'limit becomes CPU: the client (encoding, the JetStream request per item, the promise per ack) and',
        'nats-server (storing each message, checking its id against the duplicate window) share the 2 cores. The',
        'takeover is bounded by the TTL: the victim heartbeats every TTL/3, so its last heartbeat is between 0',
        'and TTL/3 old when it dies, and the survivor notices its expiry within one 250 ms check; the subscribe',
        'calls themselves take a millisecond.',
      ],
    };
  } finally {
    await nats.stop();
  }
}

/** One takeover: a member process joins, is SIGKILLed, and the time until this process owns its keys is returned. */
async function takeover(server: string, bucket: Parameters<typeof workers>[0], victim: string): Promise<number> {
  const keys = Array.from({ length: 300 }, (_, i) => `demo.SYM${i}`);
  const changes = new Subject<{ at: number; members: readonly string[] }>();
  const seen: { at: number; members: readonly string[] }[] = [];
  changes.subscribe((change) => seen.push(change));
  const survivor = shard(workers(bucket, 'survivor', { ttl: TTL }), 'survivor', keys, () => of(), {
    changed: ({ members }) => changes.next({ at: performance.now(), members }),
  }).subscribe();
  const child = spawn(join('node_modules', '.bin', 'tsx'), ['bench/natsMember.ts', server, victim, String(TTL)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true, // its own process group: tsx runs the script in a child process, killed with it
  });
  const kill = (): void => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  try {
    await waitUntil(() => seen.some(({ members }) => members.includes(victim)), 30_000);
    await new Promise((resolve) => setTimeout(resolve, Math.random() * TTL));
    const killed = performance.now();
    kill();
    await waitUntil(() => seen.some(({ at, members }) => at > killed && !members.includes(victim)), 10_000);
    return seen.find(({ at, members }) => at > killed && !members.includes(victim))!.at - killed;
  } finally {
    kill();
    survivor.unsubscribe();
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`takeover: timed out after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
