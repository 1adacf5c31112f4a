import { TicksArgs } from '../../../src';
import { platform, tick, tickArgs, ticksArgs } from '../fixtures';
import { decoded, failure } from './decode';

describe('TicksArgs', () => {
  const badSecond = { ...ticksArgs, ticks: [tickArgs, { tradePlatform: platform, tick: { ...tick, bid: 'abc' } }] };

  it('decodes the OnTicks batch, every time to a Date', () => {
    const { ticks } = decoded(TicksArgs, ticksArgs);
    expect(ticks?.map((item) => [item.tick?.symbol, item.tick?.lastTime])).toEqual([
      ['EURUSD', new Date('2024-03-05T10:15:30.123Z')],
      ['GBPUSD', new Date('2024-03-05T10:15:30.187Z')],
      ['USDJPY', new Date('2024-03-05T10:15:30.200Z')],
    ]);
  });

  it('decodes null or absent ticks to undefined, and keeps an empty batch', () => {
    expect(decoded(TicksArgs, { tradePlatform: platform, ticks: null })).toEqual({ tradePlatform: platform });
    expect(decoded(TicksArgs, { tradePlatform: platform })).toEqual({ tradePlatform: platform });
    expect(decoded(TicksArgs, { tradePlatform: platform, ticks: [] })).toEqual({ tradePlatform: platform, ticks: [] });
  });

  it('rejects ticks that are not an array', () => {
    expect(failure(TicksArgs, { ...ticksArgs, ticks: tickArgs }, 'OnTicks').expected).toBe('Array<TickArgs> | null');
  });

  it('reports the value and expected type of a bad item', () => {
    expect(failure(TicksArgs, badSecond, 'OnTicks')).toMatchObject({ value: 'abc', expected: 'number' });
  });

  // DecodeError renders an array index as `[i]` only when the array codec is the direct parent; `nullable` wraps
  // the array without a context entry of its own, so the path comes out as `ticks.1.tick.bid`.
  it('names the item of a bad tick by index', () => {
    expect(failure(TicksArgs, badSecond, 'OnTicks')).toEqual({
      message: 'OnTicks: invalid value "abc" at ticks[1].tick.bid, expected number',
      path: 'ticks[1].tick.bid',
      value: 'abc',
      expected: 'number',
    });
  });
});
