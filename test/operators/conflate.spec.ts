import fc from 'fast-check';
import {
  animationFrameScheduler,
  first,
  map,
  merge,
  NEVER,
  Subject,
  take,
  takeWhile,
  tap,
  timer,
  VirtualTimeScheduler,
} from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { conflate } from '../../operators/conflate';

interface Quote {
  readonly symbol: string;
  readonly bid: number;
}

const symbol = (quote: Quote) => quote.symbol;
const quotes = {
  a: { symbol: 'EURUSD', bid: 1 },
  b: { symbol: 'GBPUSD', bid: 2 },
  A: { symbol: 'EURUSD', bid: 3 },
  B: { symbol: 'GBPUSD', bid: 4 },
  c: { symbol: 'USDJPY', bid: 5 },
};

describe('conflate', () => {
  let testScheduler: TestScheduler;

  beforeEach(() => {
    testScheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
  });

  describe.each([
    {
      name: 'a key',
      operator: conflate(symbol),
      source: '   (abAc)-b-(AB)---|',
      expected: ' (Abc)--b-(AB)---|',
      subs: '     ^---------------!',
    },
    {
      name: 'a key and a period of 3',
      operator: conflate({ key: symbol, period: 3 }),
      source: '   abA----c-B-A-b------|',
      expected: ' ---(Ab)---(cB)(Ab)--|',
      subs: '     ^-------------------!',
    },
  ])('with $name', ({ operator, source: marbles, expected, subs }) => {
    it('emits the latest item per key once per tick, in the order the keys first came', () => {
      testScheduler.run(({ hot, expectObservable, expectSubscriptions }) => {
        const source = hot(marbles, quotes);
        expectObservable(source.pipe(operator)).toBe(expected, quotes);
        expectSubscriptions(source.subscriptions).toBe(subs);
      });
    });
  });

  it('paces the items to the animation frames of animationFrameScheduler', () => {
    testScheduler.run(({ animate, hot, expectObservable }) => {
      animate('       ---x---x---x');
      const source = hot('ab-A-BA-----', quotes);
      const expected = '---(ab)(AB)--';
      expectObservable(source.pipe(conflate(symbol, animationFrameScheduler))).toBe(expected, quotes);
    });
  });

  it('emits the held items on completion, and drops them on error', () => {
    testScheduler.run(({ hot, expectObservable }) => {
      const completing = hot('  aA|', quotes);
      const failing = hot('     aA#', quotes);
      expectObservable(completing.pipe(conflate({ key: symbol, period: 5 }))).toBe('--(A|)', quotes);
      expectObservable(failing.pipe(conflate({ key: symbol, period: 5 }))).toBe('  --#', quotes);
    });
  });

  it('emits nothing after unsubscription', () => {
    testScheduler.run(({ hot, expectObservable, expectSubscriptions }) => {
      const source = hot('  ab------', quotes);
      const subs = '        ^--!     ';
      expectObservable(source.pipe(conflate({ key: symbol, period: 5 })), subs).toBe('--------', quotes);
      expectSubscriptions(source.subscriptions).toBe(subs);
    });
  });

  describe.each([
    { leave: 'take(1)', on: take<Quote>(1) },
    { leave: 'first()', on: first<Quote>() },
    { leave: 'takeWhile', on: takeWhile<Quote>(() => false) },
  ])('when a subscriber leaves with $leave on an item', ({ on }) => {
    it.each([
      { items: 'emitted at the tick', complete: false, feedBack: false },
      { items: 'emitted at the tick, after feeding the source again', complete: false, feedBack: true },
      { items: 'emitted on completion', complete: true, feedBack: false },
    ])('$items, it leaves no action scheduled', ({ complete, feedBack }) => {
      const scheduler = new VirtualTimeScheduler();
      const source = new Subject<Quote>();
      const seen: Quote[] = [];
      source
        .pipe(
          conflate({ key: symbol, period: 10 }, scheduler),
          tap(() => feedBack && source.next(quotes.c)),
          on,
        )
        .subscribe((quote) => seen.push(quote));
      source.next(quotes.a);
      source.next(quotes.b);
      if (complete) source.complete();
      // Runs the actions up to the tick, so that whatever is scheduled after it stays to be seen.
      scheduler.maxFrames = 10;
      scheduler.flush();
      expect(seen.length).toBeLessThanOrEqual(1);
      expect(scheduler.actions).toEqual([]);
      expect(source.observed).toBe(false);
    });
  });

  it('emits what a plain batching of the arrivals gives', () => {
    const arrivals = fc.array(
      fc.record({ gap: fc.integer({ min: 0, max: 4 }), symbol: fc.constantFrom('a', 'b', 'c') }),
      {
        maxLength: 40,
      },
    );
    fc.assert(
      fc.property(arrivals, fc.integer({ min: 0, max: 5 }), (arrivals, period) => {
        let frame = 0;
        const timed = arrivals.map(({ gap, symbol }, bid) => ({ frame: (frame += gap), quote: { symbol, bid } }));

        // The reference: a batch starts at its first arrival and takes everything up to period frames later.
        const expected: [number, Quote][] = [];
        for (let i = 0; i < timed.length;) {
          const end = timed[i].frame + period;
          const latest = new Map<string, Quote>();
          for (; i < timed.length && timed[i].frame <= end; i++) latest.set(timed[i].quote.symbol, timed[i].quote);
          expected.push(...[...latest.values()].map((quote): [number, Quote] => [end, quote]));
        }

        const actual: [number, Quote][] = [];
        const scheduler = new TestScheduler((a, e) => expect(a).toEqual(e));
        scheduler.run(() => {
          const source = merge(NEVER, ...timed.map(({ frame, quote }) => timer(frame).pipe(map(() => quote))));
          source.pipe(conflate({ key: symbol, period })).subscribe((quote) => actual.push([scheduler.now(), quote]));
        });
        expect(actual).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
