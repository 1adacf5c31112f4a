import { Tick } from '../../../src';
import { tick } from '../fixtures';
import { decoded, failure } from './decode';

describe('Tick', () => {
  it('decodes a quote, its ISO time to a Date', () => {
    expect(decoded(Tick, tick)).toEqual({
      symbol: 'EURUSD',
      bid: 1.08512,
      ask: 1.08527,
      lastTime: new Date(Date.UTC(2024, 2, 5, 10, 15, 30, 123)),
    });
  });

  it('decodes null or absent symbol and time to undefined', () => {
    expect(decoded(Tick, { ...tick, symbol: null, lastTime: null })).toEqual({ bid: 1.08512, ask: 1.08527 });
    expect(decoded(Tick, { bid: 1.08512, ask: 1.08527 })).toEqual({ bid: 1.08512, ask: 1.08527 });
  });

  it('accepts fields the contract does not name', () => {
    expect(decoded(Tick, { ...tick, volume: 3, flags: 'R' })).toMatchObject({ symbol: 'EURUSD', bid: 1.08512 });
  });

  it('rejects a price of the wrong type', () => {
    expect(failure(Tick, { ...tick, bid: 'abc' })).toEqual({
      message: 'Tick: invalid value "abc" at bid, expected number',
      path: 'bid',
      value: 'abc',
      expected: 'number',
    });
  });

  it('rejects "NaN" and "Infinity" strings for a price', () => {
    expect(failure(Tick, { ...tick, ask: 'NaN' }).message).toBe('Tick: invalid value "NaN" at ask, expected number');
    expect(failure(Tick, { ...tick, ask: 'Infinity' }).message).toBe(
      'Tick: invalid value "Infinity" at ask, expected number',
    );
  });

  it('rejects a missing price', () => {
    const { symbol, bid, lastTime } = tick;
    expect(failure(Tick, { symbol, bid, lastTime })).toEqual({
      message: 'Tick: invalid value undefined at ask, expected number',
      path: 'ask',
      value: undefined,
      expected: 'number',
    });
  });

  it('rejects a null price', () => {
    expect(failure(Tick, { ...tick, bid: null }).message).toBe('Tick: invalid value null at bid, expected number');
  });

  it('rejects a time that is not an ISO string', () => {
    expect(failure(Tick, { ...tick, lastTime: '2024-13-45T99:00:00Z' })).toEqual({
      message: 'Tick: invalid value "2024-13-45T99:00:00Z" at lastTime, expected DateTime | null',
      path: 'lastTime',
      value: '2024-13-45T99:00:00Z',
      expected: 'DateTime | null',
    });
    expect(failure(Tick, { ...tick, lastTime: 1709633730123 }).message).toBe(
      'Tick: invalid value 1709633730123 at lastTime, expected DateTime | null',
    );
  });

  it('rejects a payload that is not an object', () => {
    expect(failure(Tick, 'EURUSD 1.08512/1.08527', 'OnTick')).toEqual({
      message: 'OnTick: invalid value "EURUSD 1.08512/1.08527" at (payload), expected Tick',
      path: '',
      value: 'EURUSD 1.08512/1.08527',
      expected: 'Tick',
    });
  });

  it('encodes its time as an ISO string and an undefined symbol as null', () => {
    const lastTime = new Date(Date.UTC(2024, 2, 5, 10, 15, 30, 123));
    expect(Tick.encode({ symbol: undefined, bid: 1.08512, ask: 1.08527, lastTime })).toEqual({
      symbol: null,
      bid: 1.08512,
      ask: 1.08527,
      lastTime: '2024-03-05T10:15:30.123Z',
    });
  });
});
