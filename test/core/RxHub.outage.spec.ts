import { HubConnectionState } from '@microsoft/signalr';
import { filter, skip, take, takeUntil } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { MT4Hub, RxHub } from '../../src';
import { TestHubConnection } from '../../src/testing';

// Issue #12.1: a subscriber that leaves during an outage while its topic's call is still pending.
describe('RxHub outage', () => {
  let scheduler: TestScheduler;
  let connection: TestHubConnection;
  let hub: RxHub;
  let mt4: MT4Hub;

  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    connection = new TestHubConnection(scheduler);
    hub = new RxHub(connection, { scheduler });
    mt4 = new MT4Hub(hub, { tradePlatform: 'demo' });
  });

  const calls = () =>
    connection.invocations().map((call) => {
      const [arg] = call.args ?? [];
      const symbol = (arg as { symbol?: string } | undefined)?.symbol;
      return `${call.frame} ${call.method}${symbol ? `(${symbol})` : ''}`;
    });
  const reconnecting = () => hub.state$.pipe(filter((state) => state === HubConnectionState.Reconnecting));

  it('keeps the session for the topics left when a subscriber leaves with its subscribe call in flight', () => {
    const errors: unknown[] = [];
    scheduler.run(({ cold, hot }) => {
      connection.respond('SubscribeToTicks', ({ symbol }: { symbol: string }) =>
        symbol === 'EURUSD' ? cold('50ms (t|)', { t: true }) : true,
      );
      connection.at(hot('10ms d 89ms r'), { d: (c) => c.drop(), r: (c) => c.reconnect() });
      const gbpusd = mt4.ticks('GBPUSD').subscribe({ error: (error) => errors.push(error) });
      mt4
        .ticks('EURUSD')
        .pipe(takeUntil(reconnecting()))
        .subscribe({ error: (error) => errors.push(error) });
      scheduler.schedule(() => gbpusd.unsubscribe(), 200);
    });
    expect(calls()).toEqual([
      '0 Connect',
      '0 SubscribeToTicks(GBPUSD)',
      '0 SubscribeToTicks(EURUSD)',
      '100 Connect',
      '100 SubscribeToTicks(GBPUSD)',
      '200 UnsubscribeFromTicks(GBPUSD)',
    ]);
    expect(errors).toEqual([]);
    expect(hub.stats()).toEqual({ topics: 0, handlers: 0, calls: 0 });
  });

  it('throws nothing from a timer when the only topic leaves with its subscribe call in flight', () => {
    scheduler.run(({ cold, hot }) => {
      connection.respond('SubscribeToTicks', () => cold('50ms (t|)', { t: true }));
      connection.at(hot('10ms d 89ms r'), { d: (c) => c.drop(), r: (c) => c.reconnect() });
      mt4.ticks('EURUSD').pipe(takeUntil(reconnecting())).subscribe();
    });
    expect(calls()).toEqual(['0 Connect', '0 SubscribeToTicks(EURUSD)']);
    expect(hub.stats()).toEqual({ topics: 0, handlers: 0, calls: 0 });
    expect(connection.state).toBe(HubConnectionState.Disconnected);
  });

  it('resubscribes a newer topic of the same key, made during the outage', () => {
    const tick = { symbol: 'EURUSD', bid: 1.1, ask: 1.2, lastTime: '2024-03-01T10:00:00Z' };
    const received: number[] = [];
    scheduler.run(({ cold, hot }) => {
      connection.respond('SubscribeToTicks', () => cold('50ms (t|)', { t: true }));
      connection.at(hot('10ms d 89ms r'), { d: (c) => c.drop(), r: (c) => c.reconnect() });
      mt4.ticks('EURUSD').pipe(takeUntil(reconnecting())).subscribe();
      // Subscribed again at once, in the same frame: the newer topic has the old one's key and routes.
      reconnecting()
        .pipe(take(1))
        .subscribe(() => mt4.ticks('EURUSD').subscribe((tick) => received.push(tick.bid)));
      connection.serve('OnTick', hot('150ms a', { a: { tradePlatform: 'demo', tick } }));
    });
    expect(calls()).toEqual(['0 Connect', '0 SubscribeToTicks(EURUSD)', '100 Connect', '100 SubscribeToTicks(EURUSD)']);
    expect(received).toEqual([1.1]);
  });

  it('does not replay Connect for a session whose last topic left as the outage ended, nor send it twice', () => {
    scheduler.run(({ hot }) => {
      hub = new RxHub(connection, { scheduler, linger: 1000 });
      mt4 = new MT4Hub(hub, { tradePlatform: 'demo' });
      connection.at(hot('10ms d 89ms r'), { d: (c) => c.drop(), r: (c) => c.reconnect() });
      const back = hub.state$.pipe(filter((state) => state === HubConnectionState.Connected));
      // Leaves from inside the state$ callback that announces the reconnect.
      mt4
        .ticks('EURUSD')
        .pipe(takeUntil(back.pipe(skip(1))))
        .subscribe();
      scheduler.schedule(() => mt4.ticks('GBPUSD').subscribe(), 150);
    });
    expect(connection.log.filter((call) => call.kind === 'start')).toHaveLength(1);
    expect(calls()).toEqual(['0 Connect', '0 SubscribeToTicks(EURUSD)', '150 Connect', '150 SubscribeToTicks(GBPUSD)']);
  });
});
