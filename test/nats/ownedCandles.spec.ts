import { Subject } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { ownedCandles } from '../../nats/ownedCandles';
import type { OwnedCandle } from '../../nats/OwnedCandle';
import type { Tick } from '../../src/cplugin/codecs/Tick';

/** 2026-11-29 15:00 UTC, the start of a 10-second window. */
const T0 = Date.UTC(2026, 10, 29, 15);

const tick = (seconds: number, bid: number): Tick => ({
  symbol: 'EURUSD',
  bid,
  ask: bid + 1,
  lastTime: new Date(T0 + seconds * 1000),
});

const candle = (seconds: number, bids: number[], partial: boolean): OwnedCandle => ({
  open: { bid: bids[0], ask: bids[0] + 1 },
  maximum: { bid: Math.max(...bids), ask: Math.max(...bids) + 1 },
  minimum: { bid: Math.min(...bids), ask: Math.min(...bids) + 1 },
  close: { bid: bids[bids.length - 1], ask: bids[bids.length - 1] + 1 },
  symbol: 'EURUSD',
  lastTime: new Date(T0 + seconds * 1000),
  volume: bids.length,
  complete: true,
  partial,
});

describe('ownedCandles', () => {
  let scheduler: TestScheduler;
  beforeEach(() => (scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected))));

  it('marks the window of the first tick partial, and later windows whole', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const ticks = cold('a-b-c-d-|', { a: tick(3, 1), b: tick(7, 2), c: tick(12, 3), d: tick(25, 4) });
      expectObservable(ticks.pipe(ownedCandles(10, { grace: Infinity }, scheduler))).toBe('----x-y-(z|)', {
        x: candle(0, [1, 2], true),
        y: candle(10, [3], false),
        z: candle(20, [4], false),
      });
    });
  });

  it('marks partial the window of the first tick after an outage', () => {
    scheduler.run(({ cold, hot, expectObservable }) => {
      const ticks = cold('a-b-c-d-e-|', {
        a: tick(3, 1),
        b: tick(12, 2),
        c: tick(15, 3),
        d: tick(22, 4),
        e: tick(31, 5),
      });
      const outages = hot('---o-------');
      expectObservable(ticks.pipe(ownedCandles(10, { grace: Infinity, outages }, scheduler))).toBe('--x---y-z-(w|)', {
        x: candle(0, [1], true),
        y: candle(10, [2, 3], true),
        z: candle(20, [4], false),
        w: candle(30, [5], false),
      });
    });
  });

  it('emits nothing for the open window when unsubscribed: a released symbol is never closed early', () => {
    const ticks = new Subject<Tick>();
    const seen: OwnedCandle[] = [];
    const subscription = ticks.pipe(ownedCandles(10, { grace: Infinity })).subscribe((c) => seen.push(c));
    ticks.next(tick(1, 1));
    ticks.next(tick(11, 2));
    subscription.unsubscribe();
    expect(seen).toEqual([candle(0, [1], true)]);
  });
});
