import type { HubConnection } from '@microsoft/signalr';
import type { Subscription } from 'rxjs';
import { MT4Hub, RxHub, type DecodePolicy } from '../src';
import { invocationFrame, MemoryTransport, memoryConnection, settle, until } from './harness';

export const PLATFORM = 'bench';
const T0 = Date.UTC(2024, 2, 1, 10);

/** The symbol names the benchmarks subscribe: `S00000`, `S00001`, … */
export function symbols(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `S${String(i).padStart(5, '0')}`);
}

/** One wire tick of `symbol`; `seq` varies the price and time so that no two frames are alike. */
export function wireTick(symbol: string, seq: number): object {
  const bid = 1.1 + (seq % 1000) / 100_000;
  return {
    tradePlatform: PLATFORM,
    tick: { symbol, bid, ask: bid + 0.0002, lastTime: new Date(T0 + seq * 1000).toISOString() },
  };
}

/** `count` single-tick OnTick frames, tick i of symbol `names[i % names.length]`. */
export function onTickFrames(names: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => invocationFrame('OnTick', wireTick(names[i % names.length], i)));
}

/** `count` OnTicks frames of `batch` ticks each, cycling through `names`. */
export function onTicksFrames(names: readonly string[], count: number, batch: number): string[] {
  return Array.from({ length: count }, (_, f) =>
    invocationFrame('OnTicks', {
      tradePlatform: PLATFORM,
      ticks: Array.from({ length: batch }, (_, i) => wireTick(names[(f * batch + i) % names.length], f * batch + i)),
    }),
  );
}

/** A connected real HubConnection over an in-memory transport, for raw-client baselines. */
export async function rawClient(): Promise<{ transport: MemoryTransport; connection: HubConnection }> {
  const transport = new MemoryTransport();
  const connection = memoryConnection(transport);
  await connection.start();
  return { transport, connection };
}

/** An RxHub and its MT4Hub over a real HubConnection and an in-memory transport. */
export interface Mt4Setup {
  readonly transport: MemoryTransport;
  readonly connection: HubConnection;
  readonly hub: RxHub;
  readonly mt4: MT4Hub;
}

export function mt4Setup(decode: DecodePolicy = 'report', linger = 0): Mt4Setup {
  const transport = new MemoryTransport();
  const connection = memoryConnection(transport);
  const hub = new RxHub(connection, { decode, linger });
  const mt4 = new MT4Hub(hub, { tradePlatform: PLATFORM });
  return { transport, connection, hub, mt4 };
}

/**
 * Subscribes `sink` to the ticks of every symbol in `names` and waits until the hub is connected and every
 * `SubscribeToTicks` call has completed.
 */
export async function subscribeTicks(
  setup: Mt4Setup,
  names: readonly string[],
  sink: (tick: unknown) => void,
  decode?: DecodePolicy,
): Promise<Subscription[]> {
  const before = setup.transport.count('SubscribeToTicks');
  const subscriptions = names.map((name) => setup.mt4.ticks(name, decode && { decode }).subscribe(sink));
  await until(() => setup.transport.count('SubscribeToTicks') >= before + new Set(names).size, 'SubscribeToTicks');
  await settle();
  await settle();
  return subscriptions;
}

/** Unsubscribes everything and waits for the hub to let the connection go. */
export async function teardown(setup: Mt4Setup, subscriptions: readonly Subscription[]): Promise<void> {
  for (const subscription of subscriptions) subscription.unsubscribe();
  await until(() => setup.connection.state === 'Disconnected', 'the connection to stop');
}
