// Prints what the signal-bot fleet publishes: every candle and signal in the RXHUB stream, from the first on.
// npx tsx examples/signal-bot/consume.ts --nats 127.0.0.1:4222 [--subject 'rxhub.*.*.signals'] [--duration 30]
import { jetstream } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { parseArgs } from 'node:util';
import { FLEET_STREAM } from './runFleetWorker';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { nats: { type: 'string' }, subject: { type: 'string' }, duration: { type: 'string' } },
  });
  if (values.nats === undefined) throw new Error('--nats <server> is required');
  const nc = await connect({ servers: values.nats });
  const consumer = await jetstream(nc).consumers.get(FLEET_STREAM, {
    filter_subjects: values.subject ?? 'rxhub.>',
  });
  const messages = await consumer.consume();
  const stop = (): void => void messages.stop();
  process.once('SIGINT', stop).once('SIGTERM', stop);
  if (values.duration !== undefined) setTimeout(stop, Number(values.duration) * 1000).unref();
  for await (const message of messages) {
    const item = message.json<Record<string, unknown>>();
    const what =
      'side' in item
        ? `${item.side} at ${item.price} (candle ${item.time})`
        : `${item.lastTime} close ${(item.close as { bid: number }).bid} volume ${item.volume}` +
          (item.partial ? ' partial' : '');
    process.stdout.write(`${message.subject} #${message.seq} from ${item.worker}: ${what}\n`);
  }
  await nc.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`consume: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
