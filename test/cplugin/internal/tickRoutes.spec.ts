import { DecodeError } from '../../../src';
import { tickRoutes } from '../../../src/cplugin/internal/tickRoutes';

/** What a route emits and rejects for one payload. */
function split(route: ReturnType<typeof tickRoutes>['tick'], payload: unknown): unknown[] {
  const out: unknown[] = [];
  route.split(
    [payload],
    (key, item, index) => out.push([key, (item as { bid: number }).bid, index]),
    (error) => out.push(error.message),
  );
  return out;
}

describe('tickRoutes', () => {
  const demo = tickRoutes('demo');
  const all = demo.allTicksKey;

  it('is one set of routes per platform, shared', () => {
    expect(tickRoutes('demo')).toBe(demo);
    expect(tickRoutes('live')).not.toBe(demo);
  });

  it("keys each of its platform's ticks by symbol and by the all-ticks key, no symbol's", () => {
    expect(all).not.toMatch(/^[^\n]*$/);
    expect(split(demo.tick, { tradePlatform: 'demo', tick: { symbol: 'EURUSD', bid: 1 } })).toEqual([
      ['EURUSD', 1, -1],
      [all, 1, -1],
    ]);
    expect(split(demo.tick, { tradePlatform: 'demo', tick: { bid: 1 } })).toEqual([[all, 1, -1]]);
  });

  it('leaves the ticks of other platforms alone, in batches by their own platform', () => {
    expect(split(demo.tick, { tradePlatform: 'live', tick: { symbol: 'EURUSD', bid: 1 } })).toEqual([]);
    const batch = {
      tradePlatform: 'live',
      ticks: [
        { tick: { symbol: 'A', bid: 1 } },
        { tradePlatform: 'demo', tick: { symbol: 'B', bid: 2 } },
        { tradePlatform: 'live', tick: { symbol: 'C', bid: 3 } },
      ],
    };
    expect(split(demo.ticks, batch)).toEqual([
      ['B', 2, 1],
      [all, 2, 1],
    ]);
  });

  it('reports what it cannot route, with its path', () => {
    expect(split(demo.tick, { tick: { symbol: 'A', bid: 1 } })).toEqual([
      new DecodeError('OnTick', 'tradePlatform', undefined, 'string').message,
    ]);
    expect(split(demo.ticks, { tradePlatform: 'demo', ticks: [7, { tick: 'x' }] })).toEqual([
      'OnTicks: invalid value 7 at ticks[0], expected TickArgs',
      'OnTicks: invalid value "x" at ticks[1].tick, expected Tick',
    ]);
    expect(demo.ticks.path?.(3)).toBe('ticks[3].tick');
  });
});
