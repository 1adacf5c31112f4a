import { TestScheduler } from 'rxjs/testing';
import { MT4Hub, RxHub } from 'rxhub';
import { TestHubConnection } from 'rxhub/testing';
import { candles } from '../../../examples/signal-bot/candles';

describe('candles', () => {
  const wire = (symbol: string, bid: number, second: number) => ({
    tradePlatform: 'demo',
    tick: { symbol, bid, ask: bid + 0.0002, lastTime: new Date(Date.UTC(2024, 2, 1, 10, 0, second)).toISOString() },
  });

  it('builds completed candles per symbol from their ticks, with one SubscribeToTicks per symbol', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    const connection = new TestHubConnection(scheduler);
    scheduler.run(({ cold, hot, expectObservable }) => {
      connection.respond('Connect', () => cold('-(t|)', { t: true }));
      // 5-second candles: a and b make EURUSD's 10:00:00 candle, which c (10:00:06) closes; d opens GBPUSD's.
      connection.serve(
        'OnTick',
        hot('--a-b-c-d-', {
          a: wire('EURUSD', 1.1, 1),
          b: wire('EURUSD', 1.2, 3),
          c: wire('EURUSD', 1.15, 6),
          d: wire('GBPUSD', 1.3, 2),
        }),
      );
      const mt4 = new MT4Hub(new RxHub(connection, { scheduler }), { tradePlatform: 'demo' });
      expectObservable(candles(mt4, ['EURUSD', 'GBPUSD'], 5, scheduler), '^--------!').toBe('------c', {
        c: {
          symbol: 'EURUSD',
          lastTime: new Date(Date.UTC(2024, 2, 1, 10, 0, 0)),
          open: { bid: 1.1, ask: 1.1002 },
          maximum: { bid: 1.2, ask: 1.2002 },
          minimum: { bid: 1.1, ask: 1.1002 },
          close: { bid: 1.2, ask: 1.2002 },
          volume: 2,
          complete: true,
        },
      });
    });
    expect(connection.invocations('SubscribeToTicks').map((call) => call.args)).toEqual([
      [{ tradePlatform: 'demo', symbol: 'EURUSD' }],
      [{ tradePlatform: 'demo', symbol: 'GBPUSD' }],
    ]);
  });
});
