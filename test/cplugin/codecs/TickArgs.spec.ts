import { TickArgs } from '../../../src';
import { platform, tick, tickArgs } from '../fixtures';
import { decoded, failure } from './decode';

describe('TickArgs', () => {
  it('decodes the OnTick payload', () => {
    expect(decoded(TickArgs, tickArgs)).toEqual({
      tradePlatform: platform,
      tick: { symbol: 'EURUSD', bid: 1.08512, ask: 1.08527, lastTime: new Date('2024-03-05T10:15:30.123Z') },
    });
  });

  it('decodes a null or absent tick to undefined', () => {
    expect(decoded(TickArgs, { tradePlatform: platform, tick: null })).toEqual({ tradePlatform: platform });
    expect(decoded(TickArgs, { tradePlatform: platform })).toEqual({ tradePlatform: platform });
  });

  it('names the path into the tick', () => {
    expect(failure(TickArgs, { ...tickArgs, tick: { ...tick, bid: 'abc' } }, 'OnTick')).toEqual({
      message: 'OnTick: invalid value "abc" at tick.bid, expected number',
      path: 'tick.bid',
      value: 'abc',
      expected: 'number',
    });
  });

  it('rejects a tick that is not an object', () => {
    expect(failure(TickArgs, { ...tickArgs, tick: 1.08512 }, 'OnTick').message).toBe(
      'OnTick: invalid value 1.08512 at tick, expected Tick | null',
    );
  });

  it('requires the trade platform', () => {
    expect(failure(TickArgs, { tick }, 'OnTick')).toEqual({
      message: 'OnTick: invalid value undefined at tradePlatform, expected string',
      path: 'tradePlatform',
      value: undefined,
      expected: 'string',
    });
    expect(failure(TickArgs, { ...tickArgs, tradePlatform: null }, 'OnTick').message).toBe(
      'OnTick: invalid value null at tradePlatform, expected string',
    );
  });
});
