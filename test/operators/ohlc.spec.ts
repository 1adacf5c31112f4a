import fc from 'fast-check';
import {
  asyncScheduler,
  first,
  from,
  skip,
  Subject,
  take,
  takeWhile,
  VirtualTimeScheduler,
  type SchedulerLike,
  type Subscription,
} from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import type { Tick } from '../../src/cplugin/codecs/Tick';
import type { Candle } from '../../operators/Candle';
import type { CandleConfig } from '../../operators/CandleConfig';
import { ohlc, type TickIn } from '../../operators/ohlc';
import { dukascopy } from './dukascopy';
import { readTicks } from './readTicks';
import { byWindow, reference } from './reference';

/** Monday 2019-02-04 00:00 UTC. */
const T0 = Date.UTC(2019, 1, 4);
const HOUR = 3_600_000;

type Prices = [open: number, high: number, low: number, close: number];

function tick(ms: number, bid: number, ask = bid + 1, symbol = 'EURUSD'): Tick {
  return { symbol, bid, ask, lastTime: new Date(T0 + ms) };
}

function candle(ms: number, bid: Prices, ask: Prices, volume: number, complete = true, symbol = 'EURUSD'): Candle {
  const pair = (i: number) => ({ bid: bid[i], ask: ask[i] });
  return {
    open: pair(0),
    maximum: pair(1),
    minimum: pair(2),
    close: pair(3),
    symbol,
    lastTime: new Date(T0 + ms),
    volume,
    complete,
  };
}

/** The candle of one tick. */
function single(ms: number, { bid, ask, symbol }: Tick, complete = true): Candle {
  return candle(ms, [bid, bid, bid, bid], [ask, ask, ask, ask], 1, complete, symbol);
}

/** Runs ticks through `ohlc` synchronously and collects the candles. */
function run(
  ticks: readonly TickIn[],
  period: number | 'M1' | 'M5' | 'H1',
  config: CandleConfig<TickIn> = {},
): Candle[] {
  const candles: Candle[] = [];
  from(ticks)
    .pipe(ohlc(period, config))
    .subscribe((c) => candles.push(c));
  return candles;
}

describe('ohlc', () => {
  let testScheduler: TestScheduler;

  beforeEach(() => {
    testScheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
  });

  it('closes a window at the first tick of a later one, with bid and ask tracked apart, and the last on completion', () => {
    testScheduler.run(({ hot, expectObservable, expectSubscriptions }) => {
      const ticks = {
        a: tick(0, 10, 13),
        b: tick(30_000, 15, 12),
        c: tick(59_999, 9, 20), // the last millisecond of the first minute
        d: tick(60_000, 11, 12), // the first millisecond of the next
      };
      const source = hot('  -a-b-c-d-|   ', ticks);
      const subs = '        ^--------!   ';
      const expected = '    -------x-(y|)';
      expectObservable(source.pipe(ohlc('M1'))).toBe(expected, {
        x: candle(0, [10, 15, 9, 9], [13, 20, 12, 20], 3),
        y: single(60_000, ticks.d),
      });
      expectSubscriptions(source.subscriptions).toBe(subs);
    });
  });

  it('keeps the windows of interleaved symbols apart', () => {
    testScheduler.run(({ hot, expectObservable }) => {
      const ticks = {
        e: tick(1_000, 10),
        g: tick(2_000, 20, 21, 'GBPUSD'),
        E: tick(61_000, 12),
        h: tick(50_000, 22, 23, 'GBPUSD'), // behind EURUSD, but not behind GBPUSD's own ticks
        G: tick(125_000, 19, 20, 'GBPUSD'),
      };
      const source = hot('  -e-g-E-h-G-|    ', ticks);
      const expected = '    -----x---y-(zw|)';
      expectObservable(source.pipe(ohlc('M1'))).toBe(expected, {
        x: single(0, ticks.e),
        y: candle(0, [20, 22, 20, 22], [21, 23, 21, 23], 2, true, 'GBPUSD'),
        z: single(60_000, ticks.E),
        w: single(120_000, ticks.G),
      });
    });
  });

  describe.each([
    {
      late: 'amend' as const,
      x: candle(0, [5, 13, 5, 13], [6, 14, 6, 14], 4),
      dropped: ['e'],
    },
    {
      late: 'drop' as const,
      x: candle(0, [10, 13, 10, 13], [11, 14, 11, 14], 3),
      dropped: ['c', 'e'],
    },
  ])('with late: $late', ({ late, x, dropped }) => {
    it('folds in or drops a tick behind the open window, and always drops one for a closed window', () => {
      testScheduler.run(({ hot, expectObservable }) => {
        const ticks = {
          a: tick(10_000, 10),
          b: tick(40_000, 12),
          c: tick(5_000, 5), // in the past, in the open window
          f: tick(40_000, 13), // as late as the latest: in order
          d: tick(70_000, 11),
          e: tick(50_000, 8), // for the window already closed
        };
        const names = new Map(Object.entries(ticks).map(([name, value]) => [value, name]));
        const seen: string[] = [];
        const source = hot('  -a-b-c-f-d-e-|   ', ticks);
        const expected = '    ---------x---(y|)';
        const result = source.pipe(
          ohlc('M1', { late, dropped: (item, reason) => seen.push(`${names.get(item)} ${reason}`) }),
        );
        expectObservable(result).toBe(expected, { x, y: single(60_000, ticks.d) });
        testScheduler.flush();
        expect(seen).toEqual(dropped.map((name) => `${name} late`));
      });
    });
  });

  describe.each([
    { gaps: 'none' as const, expected: '---x------(y|)' },
    { gaps: 'flat' as const, expected: '---(xfg)--(y|)' },
  ])('with gaps: $gaps', ({ gaps, expected }) => {
    it('makes candles only for windows with ticks, or flat ones at the previous close', () => {
      testScheduler.run(({ hot, expectObservable }) => {
        const ticks = { a: tick(1_000, 10), b: tick(185_000, 12) };
        const source = hot('-a-b------|', ticks);
        expectObservable(source.pipe(ohlc('M1', { gaps }))).toBe(expected, {
          x: single(0, ticks.a),
          f: candle(60_000, [10, 10, 10, 10], [11, 11, 11, 11], 0),
          g: candle(120_000, [10, 10, 10, 10], [11, 11, 11, 11], 0),
          y: single(180_000, ticks.b),
        });
      });
    });
  });

  it('sends the forming candle after every tick with forming: true', () => {
    testScheduler.run(({ hot, expectObservable }) => {
      const ticks = { a: tick(0, 10), b: tick(1_000, 12), c: tick(60_000, 11) };
      const source = hot('  -a-b-c---|    ', ticks);
      const expected = '    -p-q-(xr)(s|)';
      expectObservable(source.pipe(ohlc('M1', { forming: true }))).toBe(expected, {
        p: single(0, ticks.a, false),
        q: candle(0, [10, 12, 10, 12], [11, 13, 11, 13], 2, false),
        x: candle(0, [10, 12, 10, 12], [11, 13, 11, 13], 2),
        r: single(60_000, ticks.c, false),
        s: single(60_000, ticks.c),
      });
    });
  });

  it('throttles forming updates per symbol, sending the first at once and the latest at the end of the time', () => {
    testScheduler.run(({ hot, expectObservable }) => {
      const ticks = { a: tick(0, 10), b: tick(1_000, 12), c: tick(2_000, 9), d: tick(60_000, 11) };
      const source = hot('  abc------d---|    ', ticks);
      const expected = '    p---q----(xr)(y|)';
      expectObservable(source.pipe(ohlc('M1', { forming: 4 }))).toBe(expected, {
        p: single(0, ticks.a, false),
        q: candle(0, [10, 12, 9, 9], [11, 13, 10, 10], 3, false),
        x: candle(0, [10, 12, 9, 9], [11, 13, 10, 10], 3),
        r: single(60_000, ticks.d, false),
        y: single(60_000, ticks.d),
      });
    });
  });

  it('closes the window of a quiet symbol on the scheduler, grace after its end on the clock of its latest tick', () => {
    testScheduler.run(({ hot, expectObservable }) => {
      const ticks = {
        e: tick(200, 10), // due at 0 + 800 + 5
        G: tick(0, 20, 21, 'GBPUSD'),
        f: tick(400, 11), // arrives later than e's clock says: due at 300 + 600 + 5
        H: tick(1_100, 22, 23, 'GBPUSD'), // closes GBPUSD's first window; its own is due at 600 + 900 + 5
        g: tick(950, 12), // due at 900 + 50 + 5
        h: tick(990, 13), // after the flush: its window is closed
      };
      const seen: unknown[] = [];
      const source = hot('  eG 298ms f 299ms H 299ms g 99ms h', ticks);
      const expected = '    600ms y 354ms x 549ms z          ';
      const result = source.pipe(ohlc(1, { grace: 5, dropped: (item, reason) => seen.push([item, reason]) }));
      expectObservable(result).toBe(expected, {
        y: single(0, ticks.G),
        x: candle(0, [10, 12, 10, 12], [11, 13, 11, 13], 3),
        z: single(1_000, ticks.H),
      });
      testScheduler.flush();
      expect(seen).toEqual([[ticks.h, 'late']]);
    });
  });

  it('flushes grace after the end placed by the latest tick, earlier than the first tick placed it', () => {
    testScheduler.run(({ hot, expectObservable }) => {
      // a places the end of 00:00–01:00 at 60,000 on the scheduler's clock; b, 30 s later by its own time but
      // only 10 ms later by arrival, places it at 10 + 30,000: the flush comes a grace of 1,000 after that.
      const ticks = { a: tick(0, 10), b: tick(30_000, 11) };
      const source = hot('  a 9ms b   ', ticks);
      const expected = '    31010ms x ';
      expectObservable(source.pipe(ohlc('M1'))).toBe(expected, { x: candle(0, [10, 11, 10, 11], [11, 12, 11, 12], 2) });
    });
  });

  describe.each([
    {
      serverOffset: 0,
      x: candle(-24 * HOUR, [10, 10, 10, 10], [11, 11, 11, 11], 1),
      y: candle(0, [11, 12, 11, 12], [12, 13, 12, 13], 2),
    },
    {
      serverOffset: 2 * HOUR,
      x: candle(-2 * HOUR, [10, 11, 10, 11], [11, 12, 11, 12], 2),
      y: candle(22 * HOUR, [12, 12, 12, 12], [13, 13, 13, 13], 1),
    },
  ])('D1 with serverOffset $serverOffset', ({ serverOffset, x, y }) => {
    it('starts days at midnight on the server clock', () => {
      testScheduler.run(({ hot, expectObservable }) => {
        const ticks = {
          a: tick(-2 * HOUR, 10), // Sunday 22:00 UTC: Monday 00:00 on GMT+2
          b: tick(22 * HOUR - 1, 11), // Monday 21:59:59.999 UTC: the last millisecond of Monday on GMT+2
          c: tick(22 * HOUR, 12), // Monday 22:00 UTC: Tuesday 00:00 on GMT+2
        };
        const source = hot('  -a-b-c-|   ', ticks);
        const expected = serverOffset ? '-----x-(y|)' : '---x---(y|)';
        expectObservable(source.pipe(ohlc({ period: 'D1', serverOffset }))).toBe(expected, { x, y });
      });
    });
  });

  const DAY = 24 * HOUR;
  const saturday = tick(-DAY - 1, 10); // Saturday 2019-02-02 23:59:59.999
  const sunday = tick(-DAY, 11); // Sunday 2019-02-03 00:00
  describe.each([
    {
      weekStart: 'Sunday' as const,
      expected: '---x-(y|)',
      values: { x: single(-8 * DAY, saturday), y: single(-DAY, sunday) },
    },
    {
      weekStart: 'Monday' as const,
      expected: '-----(x|)',
      values: { x: candle(-7 * DAY, [10, 11, 10, 11], [11, 12, 11, 12], 2) },
    },
  ])('W1 starting on $weekStart', ({ weekStart, expected, values }) => {
    it('starts weeks at 00:00 on that day, not on Thursdays', () => {
      testScheduler.run(({ hot, expectObservable }) => {
        const source = hot('-a-b-|', { a: saturday, b: sunday });
        expectObservable(source.pipe(ohlc({ period: 'W1', weekStart }))).toBe(expected, values);
      });
    });
  });

  it('drops ticks without a symbol or a valid time, and reads a trusted time without an offset as UTC', () => {
    testScheduler.run(({ hot, expectObservable }) => {
      const ticks: Record<string, TickIn> = {
        a: { ...tick(0, 10), symbol: undefined },
        b: { ...tick(0, 10), lastTime: undefined },
        c: { ...tick(0, 10), lastTime: new Date(NaN) },
        d: { symbol: 'EURUSD', bid: 10, ask: 11, lastTime: '2019-02-04T00:00:00' }, // T0, as the WebAPI sends it
      };
      const seen: unknown[] = [];
      const source = hot('  -a-b-c-d-|  ', ticks);
      const expected = '    ---------(x|)';
      expectObservable(source.pipe(ohlc('M1', { dropped: (item, reason) => seen.push([item, reason]) }))).toBe(
        expected,
        {
          x: single(0, tick(0, 10)),
        },
      );
      testScheduler.flush();
      expect(seen).toEqual([
        [ticks.a, 'invalid'],
        [ticks.b, 'invalid'],
        [ticks.c, 'invalid'],
      ]);
    });
  });

  it.each([
    ['2024-03-01T10:00:00', '2024-03-01T10:00:00.000Z'],
    ['2024-03-01T10:00:59.9999999', '2024-03-01T10:00:00.000Z'],
    ['2024-03-01T10:00:00Z', '2024-03-01T10:00:00.000Z'],
    ['2024-03-01T12:00:00+02:00', '2024-03-01T10:00:00.000Z'],
  ])('places the trusted time %s in the M1 window of %s, in any time zone', (lastTime, start) => {
    const candles = run([{ symbol: 'EURUSD', bid: 10, ask: 11, lastTime }], 'M1');
    expect(candles.map((c) => c.lastTime.toISOString())).toEqual([start]);
  });

  it('passes an error on, without the open candles', () => {
    testScheduler.run(({ hot, expectObservable, expectSubscriptions }) => {
      const source = hot('  -a-#', { a: tick(0, 10) });
      const subs = '        ^--!';
      const expected = '    -p-#';
      expectObservable(source.pipe(ohlc('M1', { forming: 5 }))).toBe(expected, { p: single(0, tick(0, 10), false) });
      expectSubscriptions(source.subscriptions).toBe(subs);
    });
  });

  it('takes the scheduler in place of the config', () => {
    const scheduler = new VirtualTimeScheduler();
    const candles: Candle[] = [];
    const source = new Subject<Tick>();
    source.pipe(ohlc(1, scheduler)).subscribe((c) => candles.push(c));
    source.next(tick(999, 10));
    expect(candles).toEqual([]);
    scheduler.flush();
    expect(candles).toEqual([single(0, tick(0, 10))]);
    expect(scheduler.now()).toBe(1 + 1000);
  });

  it('leaves no timer behind when unsubscribed', () => {
    const timers: Subscription[] = [];
    const scheduler: SchedulerLike = {
      now: () => asyncScheduler.now(),
      schedule: (...args: Parameters<SchedulerLike['schedule']>) => {
        const timer = asyncScheduler.schedule(...args);
        timers.push(timer);
        return timer;
      },
    };
    const source = new Subject<Tick>();
    const subscription = source.pipe(ohlc('M1', { forming: 60_000 }, scheduler)).subscribe();
    [tick(0, 10), tick(1, 11), tick(2, 12)].forEach((t) => source.next(t));
    // The flush and the trailing forming update, and perhaps the retiming of the flush (by the clock's reading).
    expect(timers.filter((timer) => !timer.closed).length).toBeGreaterThanOrEqual(2);
    subscription.unsubscribe();
    expect(timers.every((timer) => timer.closed)).toBe(true);
  });

  describe.each([
    { leave: 'take(1)', on: take<Candle>(1) },
    { leave: 'first()', on: first<Candle>() },
    { leave: 'takeWhile', on: takeWhile<Candle>(() => false) },
  ])('when a subscriber leaves with $leave on the candle', ({ on }) => {
    const DAY = 24 * HOUR;
    it.each([
      { candle: 'closed by a tick of a later window', config: {}, times: [0, DAY] },
      { candle: 'closed with a pending flush moved earlier', config: {}, times: [0, HOUR, DAY] },
      { candle: 'flat, filling a gap', config: { gaps: 'flat' as const }, times: [0, 3 * DAY], skip: 1 },
      { candle: 'forming, after a tick', config: { forming: true }, times: [0] },
      { candle: 'forming, at the end of the throttle', config: { forming: 1000 }, times: [0, 1], skip: 1, at: 1000 },
      { candle: 'closed by the flush', config: {}, times: [0], at: DAY + 1000 },
      { candle: 'closed on completion', config: { forming: 1000 }, times: [0, 1], skip: 1, complete: true },
    ])('$candle, it leaves no action scheduled', ({ config, times, skip: n = 0, at, complete }) => {
      const scheduler = new VirtualTimeScheduler();
      const source = new Subject<Tick>();
      const seen: Candle[] = [];
      source.pipe(ohlc('D1', config, scheduler), skip(n), on).subscribe((c) => seen.push(c));
      times.forEach((ms, i) => source.next(tick(ms, 10 + i)));
      if (complete) source.complete();
      if (at !== undefined) {
        // Runs the actions up to the candle's own frame, so that whatever is scheduled after it stays to be seen.
        scheduler.maxFrames = at;
        scheduler.flush();
      }
      expect(seen.length).toBeLessThanOrEqual(1);
      expect(scheduler.actions).toEqual([]);
      expect(source.observed).toBe(false);
    });
  });

  it.each([0, 1.5, -60, 'M2'])('refuses the period %p', (period) => {
    expect(() => ohlc(period as number)).toThrow(RangeError);
  });

  it.each([{ forming: -1 }, { forming: NaN }, { grace: -1 }])('refuses %p', (config) => {
    expect(() => ohlc('M1', config)).toThrow(RangeError);
  });

  describe('against a group-by of floor(time / period)', () => {
    const symbol = fc.constantFrom('EURUSD', 'GBPUSD', 'XAUUSD');
    const price = fc.integer({ min: 1, max: 99 });
    const ticks = fc
      .array(fc.record({ symbol, step: fc.integer({ min: 0, max: 40_000 }), bid: price, spread: price }), {
        maxLength: 60,
      })
      .map((items) => {
        let ms = -300_000; // before T0 and across it
        return items.map(({ symbol, step, bid, spread }) => tick((ms += step), bid, bid + spread, symbol));
      });
    const period = fc.constantFrom<[number | 'M1' | 'M5' | 'H1', number]>(
      ['M1', 60_000],
      ['M5', 300_000],
      ['H1', HOUR],
      [7, 7_000],
    );

    it('makes the same candles for ticks in order', () => {
      fc.assert(
        fc.property(ticks, period, (ticks, [period, ms]) => {
          expect(byWindow(run(ticks, period))).toEqual(reference(ticks, ms));
        }),
        { numRuns: 200 },
      );
    });

    it('makes the same candles with late: amend when ticks are out of order only within their window', () => {
      const shuffled = ticks.chain((ticks) =>
        fc.tuple(
          fc.constant(ticks),
          fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: ticks.length, maxLength: ticks.length }),
        ),
      );
      fc.assert(
        fc.property(shuffled, period, ([ticks, keys], [period, ms]) => {
          const window = (t: Tick) => Math.floor(t.lastTime!.getTime() / ms);
          const arrivals = ticks
            .map((t, i) => ({ t, key: keys[i] }))
            .sort((a, b) => window(a.t) - window(b.t) || a.key - b.key)
            .map(({ t }) => t);
          // Equal times keep their arrival order, in the operator as in the reference's stable sort.
          expect(byWindow(run(arrivals, period, { late: 'amend' }))).toEqual(reference(arrivals, ms));
        }),
        { numRuns: 200 },
      );
    });

    it('makes the candles of the in-order ticks alone with late: drop', () => {
      const arrivals = fc.array(fc.record({ symbol, ms: fc.integer({ min: 0, max: 200_000 }), bid: price }), {
        maxLength: 60,
      });
      fc.assert(
        fc.property(arrivals, (arrivals) => {
          const all = arrivals.map(({ symbol, ms, bid }) => tick(ms, bid, bid + 1, symbol));
          const latest = new Map<string, number>();
          const inOrder = all.filter((t) => {
            const time = t.lastTime!.getTime();
            if (time < (latest.get(t.symbol!) ?? -Infinity)) return false;
            latest.set(t.symbol!, time);
            return true;
          });
          expect(byWindow(run(all, 'M1', { late: 'drop' }))).toEqual(reference(inOrder, 60_000));
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('on real ticks', () => {
    it('makes the 60 M1 bid candles that dukascopy-node expects for EURUSD 2019-02-04 00:00–01:00', () => {
      const candles = run(readTicks('EURUSD-2019-02-04T00.csv'), 'M1');
      const bids = candles.map((c) => [c.lastTime.getTime(), c.open.bid, c.maximum.bid, c.minimum.bid, c.close.bid]);
      expect(bids).toEqual(dukascopy.M1);
    });

    it.each([
      ['EURUSD-2019-02-04T00.csv', 'M1', 60_000],
      ['EURUSD-2026-07-13T12.csv', 'M5', 300_000],
      ['BTCUSD-2023-02-20T12.csv', 'M1', 60_000],
      ['BTCUSD-2023-02-20T12.csv', 7, 7_000],
    ] as const)('matches the reference on %s, %p', (file, period, ms) => {
      const ticks = readTicks(file);
      const candles = run(ticks, period);
      expect(candles.length).toBeGreaterThan(10);
      expect(candles.reduce((sum, c) => sum + c.volume, 0)).toBe(ticks.length);
      expect(byWindow(candles)).toEqual(reference(ticks, ms));
    });
  });
});
