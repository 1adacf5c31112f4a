import * as t from 'io-ts';
import { DateFromISOString } from 'io-ts-types/lib/DateFromISOString';
import { nullable } from '../../../src';
import { decoded, failure } from './decode';

describe('nullable', () => {
  const OptionalTime = nullable(DateFromISOString);
  const Holder = t.type({ time: OptionalTime }, 'Holder');

  it('is named after the codec it wraps', () => {
    expect(OptionalTime.name).toBe('DateFromISOString | null');
  });

  it('decodes null and undefined to undefined', () => {
    expect(decoded(OptionalTime, null)).toBeUndefined();
    expect(decoded(OptionalTime, undefined)).toBeUndefined();
  });

  it('decodes a present value with the wrapped codec', () => {
    expect(decoded(OptionalTime, '2024-03-05T10:15:30.123Z')).toEqual(new Date(Date.UTC(2024, 2, 5, 10, 15, 30, 123)));
  });

  it('decodes an absent field to undefined', () => {
    expect(decoded(Holder, {})).toEqual({ time: undefined });
  });

  it('reports a bad value with its own name as the expected type', () => {
    expect(failure(Holder, { time: 'yesterday' }, 'OnClock')).toEqual({
      message: 'OnClock: invalid value "yesterday" at time, expected DateFromISOString | null',
      path: 'time',
      value: 'yesterday',
      expected: 'DateFromISOString | null',
    });
  });

  it('keeps the inner path and expected type of a nested failure', () => {
    const Quote = t.type({ bid: t.number }, 'Quote');
    expect(failure(t.type({ quote: nullable(Quote) }), { quote: { bid: 'abc' } }, 'OnQuote')).toEqual({
      message: 'OnQuote: invalid value "abc" at quote.bid, expected number',
      path: 'quote.bid',
      value: 'abc',
      expected: 'number',
    });
  });

  it('encodes undefined to null and a value with the wrapped codec', () => {
    expect(OptionalTime.encode(undefined)).toBeNull();
    expect(OptionalTime.encode(new Date(Date.UTC(2024, 2, 5)))).toBe('2024-03-05T00:00:00.000Z');
    expect(Holder.encode({ time: undefined })).toEqual({ time: null });
  });

  it('is a guard of the decoded type: undefined or the wrapped type, never null', () => {
    expect(OptionalTime.is(undefined)).toBe(true);
    expect(OptionalTime.is(new Date())).toBe(true);
    expect(OptionalTime.is(null)).toBe(false);
    expect(OptionalTime.is('2024-03-05T00:00:00Z')).toBe(false);
  });
});
