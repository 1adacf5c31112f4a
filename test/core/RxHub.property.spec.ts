import { HubConnectionState } from '@microsoft/signalr';
import fc from 'fast-check';
import { filter, finalize, of, skip, takeUntil, throwError, type Subscription } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { ConnectionError, ConnectionFailedError, DecodeError, HubInvocationError, MT4Hub, RxHub } from '../../src';
import { TestHubConnection } from '../../src/testing';

const SYMBOLS = ['EURUSD', 'GBPUSD', 'USDJPY', 'XAUUSD'];
/** Frames between two commands; replies take up to 2.5 steps, so calls stay pending across drops and closes. */
const STEP = 10;

type Leave = 'Reconnecting' | 'Connected' | 'Disconnected' | 'never';
type Command =
  | { readonly kind: 'subscribe'; readonly symbol: string; readonly leave: Leave }
  | { readonly kind: 'unsubscribe'; readonly index: number }
  | {
      readonly kind: 'delay';
      readonly method: 'Connect' | 'SubscribeToTicks' | 'UnsubscribeFromTicks';
      readonly frames: number;
    }
  | { readonly kind: 'refuse'; readonly symbol: string }
  | { readonly kind: 'failStarts'; readonly count: number }
  | { readonly kind: 'malformed'; readonly symbol: string }
  | { readonly kind: 'close'; readonly error: boolean }
  | { readonly kind: 'drop' | 'reconnect' | 'wait' };

const symbol = fc.constantFrom(...SYMBOLS);
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('subscribe' as const),
      symbol,
      leave: fc.constantFrom<Leave>('never', 'never', 'Reconnecting', 'Connected', 'Disconnected'),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('unsubscribe' as const), index: fc.nat(20) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('delay' as const),
      method: fc.constantFrom('Connect' as const, 'SubscribeToTicks' as const, 'UnsubscribeFromTicks' as const),
      frames: fc.nat(25),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('refuse' as const), symbol }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('failStarts' as const), count: fc.integer({ min: 1, max: 2 }) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('malformed' as const), symbol }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('close' as const), error: fc.boolean() }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constantFrom('drop' as const, 'reconnect' as const, 'wait' as const) }),
  },
);

/** One subscriber of the model: what it subscribed to, and what it has seen. */
interface Subscriber {
  readonly symbol: string;
  readonly subscription: Subscription;
  readonly bids: number[];
  error?: unknown;
}

/** What the fake server holds for one connection, as the real one does: `Connect` first, then one subscribe per symbol. */
interface Session {
  connected: boolean;
  readonly ticks: Set<string>;
}

const tick = (symbol: string, bid: unknown) => ({
  tradePlatform: 'demo',
  tick: { symbol, bid, ask: 2, lastTime: '2024-03-01T10:00:00Z' },
});

function run(commands: readonly Command[]): void {
  const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
  const connection = new TestHubConnection(scheduler);
  const violations: string[] = [];
  const sessions = new Map<string, Session>();
  const delays = new Map<string, number>();
  const refused = new Set<string>();
  let failingStarts = 0;
  /** What connectionErrors$ should have said: failed starts and closes with an error. */
  let refusedStarts = 0;
  let errorCloses = 0;
  let pending = 0;
  let bid = 0;

  const session = (): Session => {
    const id = connection.connectionId!;
    if (!sessions.has(id)) sessions.set(id, { connected: false, ticks: new Set() });
    return sessions.get(id)!;
  };
  const reply = (method: string) => {
    pending++;
    const frames = delays.get(method) ?? 0;
    return scheduler.createColdObservable(`${'-'.repeat(frames)}(r|)`, { r: true }).pipe(finalize(() => pending--));
  };
  connection.starting(() => {
    if (failingStarts-- <= 0) return of(true);
    refusedStarts++;
    return throwError(() => new Error('ECONNREFUSED'));
  });
  connection.respond('Connect', () => {
    const current = session();
    if (current.ticks.size > 0) violations.push(`Connect again on ${connection.connectionId}, which holds ticks`);
    current.connected = true;
    return reply('Connect');
  });
  connection.respond('SubscribeToTicks', ({ symbol }: { symbol: string }) => {
    const current = session();
    if (refused.delete(symbol)) throw new Error(`Symbol ${symbol} is not available`);
    if (!current.connected) violations.push(`SubscribeToTicks(${symbol}) without Connect`);
    if (current.ticks.has(symbol)) violations.push(`SubscribeToTicks(${symbol}) twice on one connection`);
    current.ticks.add(symbol);
    return reply('SubscribeToTicks');
  });
  connection.respond('UnsubscribeFromTicks', ({ symbol }: { symbol: string }) => {
    if (!session().ticks.delete(symbol)) violations.push(`UnsubscribeFromTicks(${symbol}) of nothing`);
    return reply('UnsubscribeFromTicks');
  });

  const hub = new RxHub(connection, { scheduler, restart: { initialDelay: 1, baseDelay: 2, jitter: 0 } });
  const mt4 = new MT4Hub(hub, { tradePlatform: 'demo' });
  const decodeErrors: DecodeError[] = [];
  hub.errors$.subscribe((error) => {
    if (error instanceof DecodeError) decodeErrors.push(error);
    else violations.push(`errors$: ${error.message}`);
  });
  const connectionErrors: ConnectionError[] = [];
  hub.connectionErrors$.subscribe((error) => connectionErrors.push(error));
  const subscribers: Subscriber[] = [];
  const live = () => subscribers.filter((entry) => !entry.subscription.closed);
  const wanted = () => new Set(live().map((entry) => entry.symbol));

  const subscribe = (symbol: string, leave: Leave): void => {
    const bids: number[] = [];
    const entry: Subscriber = { symbol, bids, subscription: undefined! };
    const ticks = mt4.ticks(symbol);
    const until = hub.state$.pipe(
      skip(1),
      filter((state) => state === leave),
    );
    (entry as { subscription: Subscription }).subscription = (
      leave === 'never' ? ticks : ticks.pipe(takeUntil(until))
    ).subscribe({
      next: (value) => bids.push(value.bid),
      error: (error) => (entry.error = error),
    });
    subscribers.push(entry);
  };

  /** After every step: what must hold at any time, and, once nothing is pending, what the server holds. */
  const check = (): void => {
    expect(violations).toEqual([]);
    expect(connectionErrors.filter((error) => error.during === 'start')).toHaveLength(refusedStarts);
    expect(connectionErrors.filter((error) => error.during === 'close')).toHaveLength(errorCloses);
    for (const entry of subscribers) {
      if (entry.error === undefined) continue;
      // Five closes with an error in a row give up on the connection, for everyone.
      if (entry.error instanceof ConnectionFailedError) {
        expect(errorCloses).toBeGreaterThanOrEqual(5);
        continue;
      }
      // Only a refused subscribe may fail a subscriber, and only its own.
      expect(entry.error).toBeInstanceOf(HubInvocationError);
      expect((entry.error as HubInvocationError).message).toBe(
        `SubscribeToTicks failed: Symbol ${entry.symbol} is not available`,
      );
    }
    if (connection.state !== HubConnectionState.Connected || pending > 0) return;
    const server = session();
    expect(new Set(server.ticks)).toEqual(wanted());
    // Every subscriber of a symbol gets its next tick once; nobody else does.
    const before = new Map(subscribers.map((entry) => [entry, entry.bids.length]));
    const sent = new Map<string, number>();
    for (const symbol of server.ticks) {
      sent.set(symbol, ++bid);
      connection.emit('OnTick', tick(symbol, bid));
    }
    for (const entry of subscribers) {
      const closed = entry.subscription.closed;
      expect(entry.bids.slice(before.get(entry)!)).toEqual(closed ? [] : [sent.get(entry.symbol)]);
    }
  };

  scheduler.run(() => {
    commands.forEach((cmd, step) =>
      scheduler.schedule(() => {
        switch (cmd.kind) {
          case 'subscribe':
            return subscribe(cmd.symbol, cmd.leave);
          case 'unsubscribe': {
            const active = live();
            if (active.length) active[cmd.index % active.length].subscription.unsubscribe();
            return;
          }
          case 'delay':
            return void delays.set(cmd.method, cmd.frames);
          case 'refuse':
            return void refused.add(cmd.symbol);
          case 'failStarts':
            return void (failingStarts = cmd.count);
          case 'malformed': {
            if (connection.state !== HubConnectionState.Connected) return;
            const errors = decodeErrors.length;
            const closed = new Map(subscribers.map((entry) => [entry, entry.subscription.closed]));
            connection.emit('OnTick', tick(cmd.symbol, 'abc'));
            const routed = subscribers.some((entry) => entry.symbol === cmd.symbol && !closed.get(entry));
            // Reported once when a topic has subscribers to route it to, and nobody is errored.
            expect(decodeErrors.length - errors).toBe(routed ? 1 : 0);
            for (const entry of subscribers) expect(entry.subscription.closed).toBe(closed.get(entry));
            return;
          }
          case 'drop':
            return connection.drop();
          case 'reconnect':
            return connection.reconnect();
          case 'close':
            if (cmd.error && connection.state !== HubConnectionState.Disconnected) errorCloses++;
            return connection.close(cmd.error ? new Error('Server returned an error on close') : undefined);
          case 'wait':
            return;
        }
      }, step * STEP),
    );
    commands.forEach((_, step) => scheduler.schedule(check, step * STEP + STEP - 1));
    scheduler.schedule(
      () => {
        failingStarts = 0;
        connection.reconnect();
        for (const entry of subscribers) entry.subscription.unsubscribe();
      },
      commands.length * STEP + 50,
    );
  });

  expect(violations).toEqual([]);
  expect(hub.stats()).toEqual({ topics: 0, handlers: 0, calls: 0 });
  expect(connection.handlerCount()).toBe(0);
  expect(connection.state).toBe(HubConnectionState.Disconnected);
}

describe('RxHub property', () => {
  it('keeps the server equal to the model after every step, across drops, closes, failed starts and refusals', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), (commands) => run(commands)),
      { numRuns: 3000, seed: 20261129 },
    );
  });
});
