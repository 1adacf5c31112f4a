import { HubConnectionState } from '@microsoft/signalr';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import { connect } from '@nats-io/transport-node';
import { filter, map, merge, share, type Observable } from 'rxjs';
import type { MT4Hub } from 'rxhub';
import { ownedCandles, publish, shard, workers, type OwnedCandle } from 'rxhub/nats';
import { periodName } from '../../cli/periodName';
import type { BotOptions } from './BotOptions';
import { crossovers } from './crossovers';
import { fleetSubjects } from './fleetSubjects';
import type { Signal } from './Signal';

/** The stream that holds what the fleet publishes, and the bucket of its members. */
export const FLEET_STREAM = 'RXHUB';
export const FLEET_BUCKET = 'rxhub-workers';

/** What one worker of the fleet does, and how to stop it. */
export interface FleetWorker {
  /** The candles and signals it published, in the order their acks came; fails when publishing gives up. */
  readonly published: Observable<OwnedCandle | Signal>;
  /** Closes the NATS connection (after the caller has unsubscribed). */
  close(): Promise<void>;
}

/**
 * One worker of the signal-bot fleet: it joins the membership bucket, builds candles for the symbols it owns
 * (`shard`), and publishes closed candles and crossover signals to JetStream with deterministic ids. The stream and
 * the bucket are created when missing; the stream's duplicate window (2 min) drops what a failover sends twice.
 *
 * @param log Hears of each change of this worker's symbols.
 */
export async function runFleetWorker(
  options: BotOptions & { readonly nats: string; readonly worker: string },
  mt4: MT4Hub,
  log: (tag: string, text: string) => void,
): Promise<FleetWorker> {
  const { platform, worker, ttl } = options;
  const nc = await connect({ servers: options.nats, maxReconnectAttempts: -1, reconnectTimeWait: 500, name: worker });
  const jsm = await jetstreamManager(nc);
  await jsm.streams
    .info(FLEET_STREAM)
    .catch(() => jsm.streams.add({ name: FLEET_STREAM, subjects: ['rxhub.>'], duplicate_window: 120_000_000_000 }));
  const bucket = await new Kvm(nc).create(FLEET_BUCKET, { ttl: ttl * 1000 });
  const js = jetstream(nc);

  const timeframe = periodName(options.timeframe);
  const outages = mt4.hub.state$.pipe(filter((state) => state !== HubConnectionState.Connected));
  const candles = shard(
    workers(bucket, worker, { ttl: ttl * 1000 }),
    worker,
    options.symbols,
    (symbol) => mt4.ticks(symbol).pipe(ownedCandles(options.timeframe, { outages })),
    {
      changed: ({ members, gained, lost }) =>
        log('owner', `members ${members.join(',')}; gained ${gained.join(',')}; lost ${lost.join(',')}`),
      // Twice ohlc's default grace (1 s): a window that ended before the symbol moved, still waiting for its grace,
      // is emitted by this worker, which saw it whole, rather than lost with the unsubscribe.
      handover: 2_000,
    },
  ).pipe(share());
  // Signals come from whole candles only: a partial one would skew the averages.
  const signals = crossovers(candles.pipe(filter((candle) => !candle.partial)), {
    fast: options.fast,
    slow: options.slow,
  });
  const published = merge(
    candles.pipe(
      publish(js, {
        subject: (candle) => fleetSubjects.candle(platform, timeframe, candle),
        id: (candle) => fleetSubjects.candleId(platform, timeframe, candle, worker),
        encode: (candle) => new TextEncoder().encode(JSON.stringify({ ...candle, worker })),
      }),
    ),
    signals.pipe(
      publish(js, {
        subject: (signal) => fleetSubjects.signal(platform, signal),
        id: (signal) => fleetSubjects.signalId(platform, timeframe, signal),
        encode: (signal) => new TextEncoder().encode(JSON.stringify({ ...signal, worker })),
      }),
    ),
  ).pipe(map(({ item }) => item));
  return { published, close: () => nc.close() };
}
