import { TestScheduler } from 'rxjs/testing';
import { MT4Hub, RxHub } from 'rxhub';
import { TestHubConnection } from 'rxhub/testing';
import { candles } from '../../../examples/signal-bot/candles';
import { crossovers } from '../../../examples/signal-bot/crossovers';
import { candle } from './candle';

const at = (minute: number) => new Date(Date.UTC(2024, 2, 1, 10, minute));

describe('crossovers', () => {
  let scheduler: TestScheduler;

  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
  });

  it('signals BUY when the fast SMA crosses above the slow one, SELL when it crosses below', () => {
    scheduler.run(({ cold, expectObservable }) => {
      // SMA2 / SMA3: equal at c, SMA2 below at d (the side is set, no signal), above at e (BUY), below at g (SELL).
      const closes = [10, 10, 10, 9, 12, 13, 7];
      const values = Object.fromEntries(closes.map((close, i) => ['abcdefg'[i], candle('EURUSD', i, close)]));
      expectObservable(crossovers(cold('a-b-c-d-e-f-g|', values), { fast: 2, slow: 3 })).toBe('--------e---g|', {
        e: { symbol: 'EURUSD', side: 'BUY', time: at(4), price: 12, fast: 10.5, slow: 31 / 3 },
        g: { symbol: 'EURUSD', side: 'SELL', time: at(6), price: 7, fast: 10, slow: 32 / 3 },
      });
    });
  });

  it('gives no signal before both averages exist, nor when they only touch', () => {
    scheduler.run(({ cold, expectObservable }) => {
      // SMA1 / SMA2: above at b, equal at c (touching keeps the side), above again at d.
      const values = {
        a: candle('EURUSD', 0, 10),
        b: candle('EURUSD', 1, 12),
        c: candle('EURUSD', 2, 12),
        d: candle('EURUSD', 3, 13),
      };
      expectObservable(crossovers(cold('a-b-c-d|', values), { fast: 1, slow: 2 })).toBe('-------|');
    });
  });

  it('takes averages equal but for floating-point noise as level, not as a crossing', () => {
    scheduler.run(({ cold, expectObservable }) => {
      // After d, SMA2 is 1.08462 and SMA4 is 1.0846200000000001: level, so the BUY side from c stays.
      const closes = [1.0845, 1.08456, 1.08468, 1.08462, 1.08462];
      const values = Object.fromEntries(closes.map((close, i) => ['abcde'[i], candle('EURUSD', i, close)]));
      expectObservable(crossovers(cold('abcde|', values), { fast: 2, slow: 4 })).toBe('-----|');
    });
  });

  it('ignores forming candles, and follows each symbol on its own', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const values = {
        a: candle('EURUSD', 0, 10),
        b: candle('GBPUSD', 0, 20),
        c: candle('EURUSD', 1, 9), // EURUSD below
        d: candle('GBPUSD', 1, 21), // GBPUSD above
        f: candle('EURUSD', 2, 50, false), // forming: no effect
        e: candle('EURUSD', 2, 8), // EURUSD still below
        g: candle('GBPUSD', 2, 19), // GBPUSD crosses below
        h: candle('EURUSD', 3, 30), // EURUSD crosses above
      };
      expectObservable(crossovers(cold('abcdfegh|', values), { fast: 1, slow: 2 })).toBe('------gh|', {
        g: expect.objectContaining({ symbol: 'GBPUSD', side: 'SELL', price: 19 }),
        h: expect.objectContaining({ symbol: 'EURUSD', side: 'BUY', price: 30 }),
      });
    });
  });

  it('keeps no state between subscriptions', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const values = { a: candle('EURUSD', 0, 10), b: candle('EURUSD', 1, 9), c: candle('EURUSD', 2, 12) };
      const signals = crossovers(cold('a-b-c|', values), { fast: 1, slow: 2 });
      expectObservable(signals).toBe('----c|', { c: expect.objectContaining({ side: 'BUY' }) });
      expectObservable(signals).toBe('----c|', { c: expect.objectContaining({ side: 'BUY' }) });
    });
  });

  it('refuses a fast average that is not shorter than the slow one', () => {
    scheduler.run(({ cold }) => {
      expect(() => crossovers(cold('a|', { a: candle('EURUSD', 0, 1) }), { fast: 5, slow: 5 })).toThrow(RangeError);
    });
  });

  describe('on candles built from an MT4 hub', () => {
    const wire = (bid: number, minute: number, second = 10) => ({
      tradePlatform: 'demo',
      tick: {
        symbol: 'XAUUSD',
        bid,
        ask: bid + 0.3,
        lastTime: new Date(Date.UTC(2024, 2, 1, 10, minute, second)).toISOString(),
      },
    });

    it('signals from live ticks, across a reconnect, with one subscribe call per connection', () => {
      const connection = new TestHubConnection(scheduler);
      scheduler.run(({ cold, hot, expectObservable }) => {
        connection.respond('Connect', () => cold('-(t|)', { t: true }));
        // One tick a minute: each tick closes the previous minute's candle. Closes 100 100 100 99 | 102 103 97.
        connection.serve(
          'OnTick',
          hot('--a-b-c-d-------e-f-g-h-', {
            a: wire(100, 0),
            b: wire(100, 1),
            c: wire(100, 2),
            d: wire(99, 3),
            e: wire(102, 4),
            f: wire(103, 5),
            g: wire(97, 6),
            h: wire(98, 7),
          }),
        );
        connection.at(hot('----------d-r-----------'), { d: (c) => c.drop(), r: (c) => c.reconnect() });
        const mt4 = new MT4Hub(new RxHub(connection, { scheduler }), { tradePlatform: 'demo' });

        const signals = crossovers(candles(mt4, ['XAUUSD'], 'M1', scheduler), { fast: 2, slow: 3 });
        expectObservable(signals, '^----------------------!').toBe('------------------f---h', {
          f: { symbol: 'XAUUSD', side: 'BUY', time: at(4), price: 102, fast: 100.5, slow: (100 + 99 + 102) / 3 },
          h: { symbol: 'XAUUSD', side: 'SELL', time: at(6), price: 97, fast: 100, slow: (102 + 103 + 97) / 3 },
        });
      });
      expect(connection.invocations().map((call) => `${call.frame} ${call.method}`)).toEqual([
        '0 Connect',
        '1 SubscribeToTicks',
        '12 Connect',
        '13 SubscribeToTicks',
        '23 UnsubscribeFromTicks',
      ]);
    });
  });
});
