import type { Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { DecodeError, MT4Hub, RxHub, type Tick } from '../../src';
import { TestHubConnection } from '../../src/testing';

const T0 = '2024-03-01T10:00:00Z';
const wireTick = (symbol: string, bid: number | string, tradePlatform = 'demo') => ({
  tradePlatform,
  tick: { symbol, bid, ask: Number(bid) + 0.0002, lastTime: T0 },
});
const tick = (symbol: string, bid: number) => ({ symbol, bid, ask: bid + 0.0002, lastTime: new Date(T0) });
const margin = (login: number, levelType: string) => ({
  group: 'vip',
  login,
  leverage: 100,
  updated: 0,
  balance: 1000,
  equity: 900,
  volume: 1,
  margin: 1000,
  free: -100,
  level: 90,
  controllingType: 'Percent',
  levelType,
});

describe('MT4Hub', () => {
  let scheduler: TestScheduler;
  let connection: TestHubConnection;
  let mt4: MT4Hub;
  let hub: RxHub;

  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    connection = new TestHubConnection(scheduler);
    hub = new RxHub(connection, { scheduler });
    mt4 = new MT4Hub(hub, { tradePlatform: 'demo', timeoutMs: 5000 });
  });

  const calls = () =>
    connection.invocations().map((call) => `${call.frame} ${call.method} ${JSON.stringify(call.args)}`);

  it('connects the platform once, then subscribes each symbol, and routes OnTick and OnTicks to it', () => {
    const values = { e: tick('EURUSD', 1.1), f: tick('EURUSD', 1.2), g: tick('GBPUSD', 1.3) };
    const batch = { tradePlatform: 'demo', ticks: [wireTick('GBPUSD', 1.3), wireTick('EURUSD', 1.2)] };
    scheduler.run(({ cold, hot, expectObservable }) => {
      connection.respond('Connect', () => cold('-(t|)', { t: true }));
      connection.serve('OnTick', hot('  --a----', { a: wireTick('EURUSD', 1.1) }));
      connection.serve('OnTicks', hot(' ----b--', { b: batch }));
      expectObservable(mt4.ticks('EURUSD'), '^-----!').toBe('--e-f--', values);
      expectObservable(mt4.ticks('GBPUSD'), '^-----!').toBe('----g--', values);
    });
    expect(calls()).toEqual([
      '0 Connect [{"tradePlatform":"demo","timeoutMs":5000}]',
      '1 SubscribeToTicks [{"tradePlatform":"demo","symbol":"EURUSD"}]',
      '1 SubscribeToTicks [{"tradePlatform":"demo","symbol":"GBPUSD"}]',
      '6 UnsubscribeFromTicks [{"tradePlatform":"demo","symbol":"EURUSD"}]',
      '6 UnsubscribeFromTicks [{"tradePlatform":"demo","symbol":"GBPUSD"}]',
    ]);
  });

  it('keeps the ticks of two platforms on one connection apart, the same symbol included', () => {
    const live = new MT4Hub(hub, { tradePlatform: 'live' });
    const ticks = {
      a: wireTick('EURUSD', 1.1),
      b: wireTick('EURUSD', 2.1, 'live'),
      c: { tradePlatform: 'live', ticks: [wireTick('EURUSD', 2.2, 'live'), wireTick('GBPUSD', 1.3)] },
    };
    const values = { a: tick('EURUSD', 1.1), b: tick('EURUSD', 2.1), c: tick('EURUSD', 2.2), d: tick('GBPUSD', 1.3) };
    scheduler.run(({ hot, expectObservable }) => {
      connection.serve('OnTick', hot(' -a-b', ticks));
      connection.serve('OnTicks', hot('-----c', ticks));
      expectObservable(mt4.ticks('EURUSD'), '^-----!').toBe('-a----', values);
      expectObservable(live.ticks('EURUSD'), '^-----!').toBe('---b-c', values);
      expectObservable(mt4.allTicks(), '     ^-----!').toBe('-a---d', values);
      expectObservable(live.allTicks(), '    ^-----!').toBe('---b-c', values);
    });
  });

  it('replays Connect before the topics after a reconnect', () => {
    scheduler.run(({ hot, expectObservable }) => {
      connection.at(hot('--d-r---'), { d: (c) => c.drop(), r: (c) => c.reconnect() });
      expectObservable(mt4.ticks('EURUSD'), '^------!').toBe('--------');
      expectObservable(mt4.allTicks(), '     ^------!').toBe('--------');
    });
    expect(calls().map((call) => call.split(' ').slice(0, 2).join(' '))).toEqual([
      '0 Connect',
      '0 SubscribeToTicks',
      '0 SubscribeToAllTicks',
      '4 Connect',
      '4 SubscribeToTicks',
      '4 SubscribeToAllTicks',
      '7 UnsubscribeFromTicks',
      '7 UnsubscribeFromAllTicks',
    ]);
  });

  it('types the items of a trusted call as the wire sends them, since trust decodes nothing', () => {
    const wire = { symbol: 'EURUSD', bid: 1.1, ask: 1.1002, lastTime: '2024-03-01T10:00:00' };
    const seen: { lastTime: string | null }[] = [];
    scheduler.run(({ hot }) => {
      connection.serve('OnTick', hot('-a', { a: { tradePlatform: 'demo', tick: wire } }));
      mt4.ticks('EURUSD', { decode: 'trust' }).subscribe((item) => seen.push(item));
      // @ts-expect-error a trusted tick's lastTime is the wire's string, not a Date
      const lie: Observable<Tick> = mt4.ticks('EURUSD', { decode: 'trust' });
      const decoded: Observable<Tick> = mt4.ticks('EURUSD', { decode: 'report' });
      expect([lie, decoded]).toHaveLength(2);
    });
    expect(seen).toEqual([wire]);
    expect(typeof seen[0].lastTime).toBe('string');
  });

  it('reports a bad tick in a batch with its path and value, and delivers the valid ticks around it', () => {
    const errors: unknown[] = [];
    const values = { a: tick('EURUSD', 1.1), c: tick('EURUSD', 1.3) };
    const batch = {
      tradePlatform: 'demo',
      ticks: [wireTick('EURUSD', 1.1), wireTick('EURUSD', 'NaN'), wireTick('EURUSD', 1.3)],
    };
    scheduler.run(({ hot, expectObservable }) => {
      hub.errors$.subscribe((error) => errors.push(error));
      connection.serve('OnTicks', hot('-b-', { b: batch }));
      expectObservable(mt4.ticks('EURUSD'), '^--!').toBe('-(ac)', values);
    });
    expect(errors).toEqual([new DecodeError('OnTicks', 'ticks[1].tick.bid', 'NaN', 'number')]);
    expect((errors[0] as Error).message).toBe('OnTicks: invalid value "NaN" at ticks[1].tick.bid, expected number');
  });

  it('reports payloads it cannot route, and skips the nulls the contract allows', () => {
    const errors: string[] = [];
    const bad = { a: null, b: { tradePlatform: 'demo', tick: 5 }, c: { tradePlatform: 'demo', tick: null } };
    const batches = { d: { tradePlatform: 'demo', ticks: 'many' }, e: { tradePlatform: 'demo', ticks: null } };
    scheduler.run(({ hot, expectObservable }) => {
      hub.errors$.subscribe((error) => errors.push(error.message));
      connection.serve('OnTick', hot(' -abc', bad));
      connection.serve('OnTicks', hot('-d-e', batches));
      expectObservable(mt4.ticks('EURUSD'), '^---!').toBe('-----');
    });
    expect(errors).toEqual([
      'OnTick: invalid value undefined at tradePlatform, expected string',
      'OnTicks: invalid value "many" at ticks, expected Array<TickArgs>',
      'OnTick: invalid value 5 at tick, expected Tick',
    ]);
  });

  it('errors a strict subscriber on a bad tick, while report subscribers keep receiving', () => {
    const values = { a: tick('EURUSD', 1.1), c: tick('EURUSD', 1.3) };
    const wire = { a: wireTick('EURUSD', 1.1), b: wireTick('EURUSD', 'x'), c: wireTick('EURUSD', 1.3) };
    const failure = new DecodeError('OnTick', 'tick.bid', 'x', 'number');
    scheduler.run(({ hot, expectObservable }) => {
      connection.serve('OnTick', hot('-a-b-c', wire));
      expectObservable(mt4.ticks('EURUSD', { decode: 'strict' })).toBe('-a-#', values, failure);
      expectObservable(mt4.ticks('EURUSD'), '^-----!').toBe('          -a---c', values);
    });
    expect(connection.invocations('SubscribeToTicks')).toHaveLength(1);
  });

  it('flattens the margin updates of its own platform into margin levels', () => {
    scheduler.run(({ hot, expectObservable }) => {
      connection.serve(
        'OnMarginUpdate',
        hot('-a-b', {
          a: { tradePlatform: 'demo', margins: [margin(1, 'Ok'), margin(2, 'MarginCall')] },
          b: { tradePlatform: 'live', margins: [margin(3, 'StopOut')] },
        }),
      );
      expectObservable(mt4.margins(), '^---!').toBe('-(xy)', { x: margin(1, 'Ok'), y: margin(2, 'MarginCall') });
    });
    expect(connection.invocations().map((call) => call.method)).toEqual(['Connect']);
  });

  it('requests streams after Connect, decodes their items and cancels them on unsubscribe', () => {
    scheduler.run(({ cold, expectObservable }) => {
      connection.respond('Connect', () => cold('--(t|)', { t: true }));
      connection.respond('StreamMarginCallUpdates', () => cold('-m-m', { m: margin(7, 'StopOut') }));
      expectObservable(mt4.marginCallUpdates(), '^----!').toBe('---m-', { m: margin(7, 'StopOut') });
    });
    expect(connection.log.map((call) => `${call.frame} ${call.kind} ${call.method ?? ''}`.trim())).toEqual([
      '0 start',
      '0 invoke Connect',
      '2 stream StreamMarginCallUpdates',
      '5 cancel StreamMarginCallUpdates',
      '5 stop',
    ]);
  });
});
