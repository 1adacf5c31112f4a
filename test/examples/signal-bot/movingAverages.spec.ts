import { TestScheduler } from 'rxjs/testing';
import { movingAverages } from '../../../examples/signal-bot/movingAverages';
import { candle } from './candle';

describe('movingAverages', () => {
  let scheduler: TestScheduler;

  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
  });

  it('emits the fast and slow SMA of closing bids once each has enough completed candles', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const candles = cold('a-b-c-d|', {
        a: candle('EURUSD', 0, 10),
        b: candle('EURUSD', 1, 20),
        c: candle('EURUSD', 2, 30),
        d: candle('EURUSD', 3, 60),
      });
      const at = (minute: number, close: number, count: number, fast?: number, slow?: number) => ({
        symbol: 'EURUSD',
        time: new Date(Date.UTC(2024, 2, 1, 10, minute)),
        close,
        candles: count,
        fast,
        slow,
      });
      expectObservable(candles.pipe(movingAverages({ fast: 2, slow: 3 }))).toBe('a-b-c-d|', {
        a: at(0, 10, 1),
        b: at(1, 20, 2, 15),
        c: at(2, 30, 3, 25, 20),
        d: at(3, 60, 4, 45, (20 + 30 + 60) / 3),
      });
    });
  });

  it('ignores forming updates and keeps each symbol to itself', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const candles = cold('a-f-b-c|', {
        a: candle('EURUSD', 0, 10),
        f: candle('EURUSD', 1, 99, false),
        b: candle('GBPUSD', 0, 50),
        c: candle('EURUSD', 1, 20),
      });
      expectObservable(candles.pipe(movingAverages({ fast: 1, slow: 2 }))).toBe('a---b-c|', {
        a: expect.objectContaining({ symbol: 'EURUSD', candles: 1, fast: 10, slow: undefined }),
        b: expect.objectContaining({ symbol: 'GBPUSD', candles: 1, fast: 50, slow: undefined }),
        c: expect.objectContaining({ symbol: 'EURUSD', candles: 2, fast: 20, slow: 15 }),
      });
    });
  });

  it.each([
    [0, 3],
    [3, 3],
    [5, 2],
    [1.5, 3],
  ])('refuses fast %p and slow %p', (fast, slow) => {
    expect(() => movingAverages({ fast, slow })).toThrow(RangeError);
  });
});
