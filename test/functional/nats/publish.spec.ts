import { jetstream, jetstreamManager, type JetStreamClient } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { firstValueFrom, from, lastValueFrom, toArray } from 'rxjs';
import { publish } from '../../../nats/publish';
import { PublishError } from '../../../nats/PublishError';
import type { Published } from '../../../nats/Published';
import type { NatsServerHandle } from '../../support/NatsServerHandle';
import { startNatsServer } from '../../support/startNatsServer';

interface Item {
  readonly symbol: string;
  readonly n: number;
}

const items = (count: number, symbol = 'EURUSD'): Item[] => Array.from({ length: count }, (_, n) => ({ symbol, n }));
const config = {
  subject: (item: Item) => `rxhub.demo.${item.symbol}.items`,
  id: (item: Item) => `demo.${item.symbol}.${item.n}`,
};

/** Every message of the stream, decoded. */
async function stored(nc: NatsConnection, stream: string): Promise<Item[]> {
  const consumer = await jetstream(nc).consumers.get(stream);
  const { state } = await (await jetstreamManager(nc)).streams.info(stream);
  const result: Item[] = [];
  if (state.messages === 0) return result;
  const messages = await consumer.fetch({ max_messages: state.messages, expires: 5000 });
  for await (const message of messages) {
    result.push(message.json<Item>());
    if (result.length === state.messages) break;
  }
  return result;
}

describe('publish, against a real nats-server', () => {
  let nats: NatsServerHandle;
  let nc: NatsConnection;
  let js: JetStreamClient;

  beforeEach(async () => {
    nats = await startNatsServer();
    nc = await connect({ servers: nats.server, reconnectTimeWait: 200, maxReconnectAttempts: -1 });
    js = jetstream(nc);
    const jsm = await jetstreamManager(nc);
    await jsm.streams.add({ name: 'ITEMS', subjects: ['rxhub.>'], duplicate_window: 60_000_000_000 });
  });

  afterEach(async () => {
    await nc?.close();
    await nats?.stop();
  });

  it('stores each item once: sending the same items again is dropped by the duplicate window', async () => {
    const first = await lastValueFrom(from(items(100)).pipe(publish(js, config), toArray()));
    const again = await lastValueFrom(from(items(100)).pipe(publish(js, config), toArray()));
    expect(first.filter(({ ack }) => ack.duplicate)).toHaveLength(0);
    expect(again.filter(({ ack }) => !ack.duplicate)).toHaveLength(0);
    const kept = await stored(nc, 'ITEMS');
    expect(kept).toHaveLength(100);
    expect(kept.map(({ n }) => n).sort((a, b) => a - b)).toEqual(items(100).map(({ n }) => n));
  });

  it('keeps at most maxInFlight publishes waiting for their ack', async () => {
    let inFlight = 0;
    let most = 0;
    const counting: JetStreamClient = Object.create(js, {
      publish: {
        value: async (...args: Parameters<JetStreamClient['publish']>) => {
          most = Math.max(most, ++inFlight);
          try {
            return await js.publish(...args);
          } finally {
            inFlight--;
          }
        },
      },
    });
    const acks = await lastValueFrom(
      from(items(500)).pipe(publish(counting, { ...config, maxInFlight: 8 }), toArray()),
    );
    expect(acks).toHaveLength(500);
    expect(most).toBe(8);
  });

  it('fails with a PublishError naming the subject and the id when the broker stays down', async () => {
    await nats.stop();
    const started = Date.now();
    const error = await firstValueFrom(
      from(items(1)).pipe(
        publish(js, {
          ...config,
          timeout: 500,
          retry: { initialDelay: 100, baseDelay: 100, maxElapsed: 2000, jitter: 0 },
        }),
      ),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PublishError);
    expect(error).toMatchObject({ subject: 'rxhub.demo.EURUSD.items', msgId: 'demo.EURUSD.0' });
    expect((error as PublishError).attempts).toBeGreaterThan(1);
    expect((error as PublishError).message).toMatch(
      /^JetStream did not acknowledge 'demo\.EURUSD\.0' on 'rxhub\.demo\.EURUSD\.items' after \d+ attempts in \d+ ms: /,
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('loses no acknowledged item when the broker restarts mid-run, and stores none twice', async () => {
    const acked: Published<Item>[] = [];
    const all = items(3000);
    const done = new Promise<void>((resolve, reject) =>
      from(all)
        .pipe(publish(js, { ...config, maxInFlight: 16, timeout: 1000 }))
        .subscribe({ next: (p) => acked.push(p), error: reject, complete: resolve }),
    );
    while (acked.length < 500) await new Promise((resolve) => setTimeout(resolve, 5));
    await nats.restart();
    await done;
    expect(acked).toHaveLength(3000);
    const kept = await stored(nc, 'ITEMS');
    expect(kept).toHaveLength(3000);
    expect(new Set(kept.map(({ n }) => n)).size).toBe(3000);
  }, 60_000);
});
