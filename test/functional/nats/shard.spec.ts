import { Kvm } from '@nats-io/kv';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Observable, type Subscription } from 'rxjs';
import { ownerOf } from '../../../nats/ownerOf';
import { shard } from '../../../nats/shard';
import { workers } from '../../../nats/workers';
import type { NatsServerHandle } from '../../support/NatsServerHandle';
import { startNatsServer } from '../../support/startNatsServer';
import { waitFor } from '../../support/waitFor';

const TTL = 2000;
const keys = Array.from({ length: 300 }, (_, i) => `demo.SYM${String(i).padStart(3, '0')}`);

describe('shard and workers, against a real nats-server', () => {
  let nats: NatsServerHandle;
  const connections: NatsConnection[] = [];
  const running = new Map<string, Subscription>();
  /** Who runs each key's work right now. */
  const owners = new Map<string, Set<string>>(keys.map((key) => [key, new Set()]));
  /** How many subscribes each key's work saw. */
  let subscribes = 0;

  async function start(self: string): Promise<NatsConnection> {
    // Reconnect well within the TTL (the client's default wait is 2 s), or a broker restart drops every member.
    const nc = await connect({ servers: nats.server, reconnectTimeWait: 100, maxReconnectAttempts: -1 });
    connections.push(nc);
    const bucket = await new Kvm(nc).create('rxhub-workers', { ttl: TTL });
    const work = (key: string) =>
      new Observable<never>(() => {
        subscribes++;
        owners.get(key)!.add(self);
        return () => owners.get(key)!.delete(self);
      });
    running.set(self, shard(workers(bucket, self, { ttl: TTL }), self, keys, work).subscribe());
    return nc;
  }

  /** Each key run by exactly the worker that rendezvous hashing gives it among `members`. */
  const settledOn = (members: string[]) => () =>
    keys.every((key) => {
      const now = owners.get(key)!;
      return now.size === 1 && now.has(ownerOf(key, members)!);
    });

  const until = (condition: () => boolean, timeoutMs: number, what: string) =>
    waitFor(condition, (ok) => ok, { timeoutMs, intervalMs: 20, what });

  beforeEach(async () => {
    nats = await startNatsServer();
  });

  afterEach(async () => {
    for (const subscription of running.values()) subscription.unsubscribe();
    running.clear();
    await Promise.all(connections.splice(0).map((nc) => nc.close()));
    await nats?.stop();
    for (const set of owners.values()) set.clear();
    subscribes = 0;
  });

  it('gives every key to one worker; a crashed worker`s keys move within TTL + 1 s; they come back on restart', async () => {
    await start('w1');
    const crashing = await start('w2');
    await start('w3');
    await until(settledOn(['w1', 'w2', 'w3']), 10_000, 'w1, w2 and w3 to share the keys');
    const mine = keys.filter((key) => owners.get(key)!.has('w2'));
    expect(mine.length).toBeGreaterThan(50);

    // A crash: the connection goes, no goodbye. w2's own loop still runs, as a cut-off process would.
    const crashed = Date.now();
    await crashing.close();
    await until(
      () => mine.every((key) => [...owners.get(key)!].some((owner) => owner !== 'w2')),
      TTL + 3000,
      "w2's keys to be taken over",
    );
    const takeover = Date.now() - crashed;
    expect(takeover).toBeLessThanOrEqual(TTL + 1000);
    // Cut off from the broker, w2 stops hearing its own heartbeat and lets its keys go as the others take them.
    await until(settledOn(['w1', 'w3']), TTL + 1000, 'w1 and w3 alone to hold the keys');

    running.get('w2')!.unsubscribe();
    const before = subscribes;
    await start('w2');
    await until(settledOn(['w1', 'w2', 'w3']), 5000, 'the keys to rebalance back');
    // Only w2's keys moved back: one subscribe each.
    expect(subscribes - before).toBe(mine.length);
  });

  it('moves the keys of a worker that leaves at once: its key is deleted, not left to expire', async () => {
    await start('w1');
    await start('w2');
    await until(settledOn(['w1', 'w2']), 10_000, 'w1 and w2 to share the keys');
    const left = Date.now();
    running.get('w2')!.unsubscribe();
    await until(settledOn(['w1']), TTL, 'w1 to hold every key');
    expect(Date.now() - left).toBeLessThan(TTL / 2);
  });

  it('a worker alone owns every key, and owns none once its heartbeat stops reaching the broker', async () => {
    const nc = await start('w1');
    await until(settledOn(['w1']), 10_000, 'w1 to hold every key');
    await nc.close();
    const cut = Date.now();
    await until(() => keys.every((key) => owners.get(key)!.size === 0), TTL + 2000, 'w1 to let every key go');
    expect(Date.now() - cut).toBeLessThanOrEqual(TTL + 1000);
  });

  it('keeps its keys where they are across a broker restart shorter than the TTL', async () => {
    await start('w1');
    await start('w2');
    await until(settledOn(['w1', 'w2']), 10_000, 'w1 and w2 to share the keys');
    const before = subscribes;
    await nats.restart();
    await new Promise((resolve) => setTimeout(resolve, 2 * TTL));
    await until(settledOn(['w1', 'w2']), TTL, 'w1 and w2 to share the keys again');
    expect(subscribes).toBe(before);
  });
});
