import fc from 'fast-check';
import { filter, from, Subject, take, VirtualTimeScheduler, type OperatorFunction } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import type { OHLCS } from '../../src/cplugin/codecs/OHLCS';
import type { Tick } from '../../src/cplugin/codecs/Tick';
import type { Candle } from '../../operators/Candle';
import { ohlc } from '../../operators/ohlc';
import type { Period } from '../../operators/Period';
import { rollup, type OHLCSIn } from '../../operators/rollup';
import type { TimeframeConfig } from '../../operators/TimeframeConfig';
import { dukascopy } from './dukascopy';
import { readTicks } from './readTicks';
import { byWindow } from './reference';

/** Monday 2019-02-04 00:00 UTC. */
const T0 = Date.UTC(2019, 1, 4);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

type Prices = [open: number, high: number, low: number, close: number];

/** A candle with the ask one above the bid. */
function candle(ms: number, [o, h, l, c]: Prices, volume: number, complete = true, symbol = 'EURUSD'): Candle {
  const pair = (bid: number) => ({ bid, ask: bid + 1 });
  return {
    open: pair(o),
    maximum: pair(h),
    minimum: pair(l),
    close: pair(c),
    symbol,
    lastTime: new Date(T0 + ms),
    volume,
    complete,
  };
}

/** Runs items through an operator synchronously and collects the candles. */
function run<T>(items: readonly T[], operator: OperatorFunction<T, Candle>): Candle[] {
  const candles: Candle[] = [];
  from(items)
    .pipe(operator)
    .subscribe((c) => candles.push(c));
  return candles;
}

describe('rollup', () => {
  let testScheduler: TestScheduler;

  beforeEach(() => {
    testScheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
  });

  it('folds sub-candles into the larger window, closing it at the first sub-candle of a later one', () => {
    testScheduler.run(({ hot, expectObservable, expectSubscriptions }) => {
      const m1 = {
        a: candle(0, [10, 14, 9, 12], 3),
        b: candle(2 * MINUTE, [12, 13, 7, 8], 2),
        c: candle(4 * MINUTE, [8, 16, 8, 15], 1), // the last minute of the first five
        d: candle(5 * MINUTE, [15, 15, 11, 11], 4), // the first minute of the next five
      };
      const source = hot('  -a-b-c-d-|   ', m1);
      const subs = '        ^--------!   ';
      const expected = '    -------x-(y|)';
      expectObservable(source.pipe(rollup('M5'))).toBe(expected, {
        x: candle(0, [10, 16, 7, 15], 6),
        y: candle(5 * MINUTE, [15, 15, 11, 11], 4),
      });
      expectSubscriptions(source.subscriptions).toBe(subs);
    });
  });

  it('replaces an update of the same sub-candle rather than counting it twice', () => {
    testScheduler.run(({ hot, expectObservable }) => {
      const m1 = {
        a: candle(0, [10, 10, 10, 10], 1, false),
        b: candle(0, [10, 12, 10, 11], 2, false),
        c: candle(0, [10, 12, 9, 9], 3),
        d: candle(MINUTE, [9, 9, 9, 9], 1, false),
        e: candle(MINUTE, [9, 13, 9, 13], 2, false),
      };
      const source = hot('  -a-b-c-d-e-|  ', m1);
      const expected = '    -p-q-r-s-t-(x|)';
      expectObservable(source.pipe(rollup('M5', { forming: true }))).toBe(expected, {
        p: candle(0, [10, 10, 10, 10], 1, false),
        q: candle(0, [10, 12, 10, 11], 2, false),
        r: candle(0, [10, 12, 9, 9], 3, false),
        s: candle(0, [10, 12, 9, 9], 4, false),
        t: candle(0, [10, 13, 9, 13], 5, false),
        x: candle(0, [10, 13, 9, 13], 5),
      });
    });
  });

  it('keeps symbols apart, flushes a quiet one, and drops late and invalid candles', () => {
    testScheduler.run(({ hot, expectObservable }) => {
      const m1 = {
        e: candle(0, [10, 11, 9, 10], 2), // due at 0 + (5 - 0) minutes + 100 ms
        g: candle(0, [20, 21, 19, 20], 1, true, 'GBPUSD'),
        G: candle(6 * MINUTE, [22, 22, 22, 22], 1, true, 'GBPUSD'), // due at 2 + (10 - 6) minutes + 100 ms
        h: candle(MINUTE, [20, 20, 20, 20], 1, true, 'GBPUSD'), // late: its window is closed
        i: { ...candle(MINUTE, [1, 1, 1, 1], 1), open: undefined } as OHLCS, // invalid
      };
      const seen: string[] = [];
      const names = new Map<unknown, string>(Object.entries(m1).map(([name, value]) => [value, name]));
      const source = hot('  egGhi                        ', m1);
      const expected = '    --y 240099ms z 59997ms x     ';
      const dropped = (item: OHLCS, reason: string) => seen.push(`${names.get(item)} ${reason}`);
      expectObservable(source.pipe(rollup('M5', { grace: 100, dropped }))).toBe(expected, {
        y: candle(0, [20, 21, 19, 20], 1, true, 'GBPUSD'),
        x: candle(0, [10, 11, 9, 10], 2),
        z: candle(5 * MINUTE, [22, 22, 22, 22], 1, true, 'GBPUSD'),
      });
      testScheduler.flush();
      expect(seen).toEqual(['h late', 'i invalid']);
    });
  });

  it('rolls M1 up to the M5 bid candles that dukascopy-node expects for EURUSD 2019-02-04 00:00–01:00', () => {
    const candles = run(readTicks('EURUSD-2019-02-04T00.csv'), (ticks) => ticks.pipe(ohlc('M1'), rollup('M5')));
    const bids = candles.map((c) => [c.lastTime.getTime(), c.open.bid, c.maximum.bid, c.minimum.bid, c.close.bid]);
    expect(bids).toEqual(dukascopy.M5);
  });

  describe('against ohlc on the larger timeframe', () => {
    const price = fc.integer({ min: 1, max: 99 });
    const ticks = fc
      .array(
        fc.record({
          symbol: fc.constantFrom('EURUSD', 'GBPUSD'),
          step: fc.integer({ min: 0, max: 20 * MINUTE }),
          bid: price,
          spread: price,
        }),
        { maxLength: 80 },
      )
      .map((items) => {
        let ms = T0 - 3 * HOUR;
        return items.map(({ symbol, step, bid, spread }): Tick => {
          ms += step;
          return { symbol, bid, ask: bid + spread, lastTime: new Date(ms) };
        });
      });
    const frames = fc.constantFrom<[Period | TimeframeConfig, Period | TimeframeConfig]>(
      ['M1', 'M5'],
      ['M5', 'H1'],
      [60, 'M15'],
      [
        { period: 'H1', serverOffset: 2 * HOUR },
        { period: 'D1', serverOffset: 2 * HOUR },
      ],
    );

    it.each([false, true])('gives the same candles for ticks in order (sub-candles forming: %p)', (forming) => {
      fc.assert(
        fc.property(ticks, frames, (ticks, [small, large]) => {
          const rolled = run(ticks, (source) => source.pipe(ohlc(small, { forming }), rollup(large)));
          const direct = run(ticks, ohlc(large));
          expect(byWindow(rolled)).toEqual(byWindow(direct));
        }),
        { numRuns: 100 },
      );
    });

    it('gives the same forming updates, once repeats are left out', () => {
      /** The distinct successive forming updates of each window. */
      const updates = (candles: Candle[]) => {
        const windows = new Map<string, string[]>();
        for (const c of candles.filter((c) => !c.complete)) {
          const key = `${c.symbol} ${c.lastTime.toISOString()}`;
          const window = windows.get(key) ?? [];
          if (window.at(-1) !== JSON.stringify(c)) window.push(JSON.stringify(c));
          windows.set(key, window);
        }
        return windows;
      };
      fc.assert(
        fc.property(ticks, (ticks) => {
          const m1 = ohlc('M1', { forming: true });
          const rolled = run(ticks, (source) => source.pipe(m1, rollup('M5', { forming: true })));
          const direct = run(ticks, ohlc('M5', { forming: true }));
          expect(updates(rolled)).toEqual(updates(direct));
        }),
        { numRuns: 100 },
      );
    });
  });

  it('reads the lastTime of trusted server candles (no offset) as UTC, in any time zone', () => {
    const wire = (lastTime: string, bid: number): OHLCSIn => {
      const pair = { bid, ask: bid + 1 };
      return { open: pair, maximum: pair, minimum: pair, close: pair, symbol: 'EURUSD', lastTime, volume: 2 };
    };
    const m1 = [wire('2019-02-04T00:04:00', 10), wire('2019-02-04T00:05:00', 11)];
    expect(run(m1, rollup('M5'))).toEqual([candle(0, [10, 10, 10, 10], 2), candle(5 * MINUTE, [11, 11, 11, 11], 2)]);
  });

  it('leaves no action scheduled when a subscriber leaves with take(1) on a candle', () => {
    const scheduler = new VirtualTimeScheduler();
    const source = new Subject<Candle>();
    const seen: Candle[] = [];
    source.pipe(rollup('H1', scheduler), take(1)).subscribe((c) => seen.push(c));
    [candle(0, [1, 1, 1, 1], 1), candle(HOUR, [2, 2, 2, 2], 1)].forEach((c) => source.next(c));
    expect(seen).toEqual([candle(0, [1, 1, 1, 1], 1)]);
    expect(scheduler.actions).toEqual([]);
    expect(source.observed).toBe(false);
  });

  it('takes the scheduler in place of the config', () => {
    testScheduler.run(({ hot, expectObservable }) => {
      const source = hot('  a      ', { a: candle(0, [1, 1, 1, 1], 1) });
      const expected = '    301s x';
      expectObservable(
        source.pipe(
          rollup('M5', testScheduler),
          filter((c) => c.complete),
        ),
      ).toBe(expected, {
        x: candle(0, [1, 1, 1, 1], 1),
      });
    });
  });
});
