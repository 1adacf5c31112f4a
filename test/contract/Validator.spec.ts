import * as t from 'io-ts';
import * as v from 'valibot';
import { z } from 'zod';
import { DecodeError } from 'rxhub';
import { decoderOf, encodeArg, isStandardSchema } from '../../src/contract/Validator';
import { check } from '../../src/core/internal/check';

const Leg = { io: t.type({ px: t.number }), zod: z.object({ px: z.number() }), valibot: v.object({ px: v.number() }) };
const Quote = {
  io: t.type({ symbol: t.string, bid: t.number, legs: t.array(Leg.io) }),
  zod: z.object({ symbol: z.string(), bid: z.number(), legs: z.array(Leg.zod) }),
  valibot: v.object({ symbol: v.string(), bid: v.number(), legs: v.array(Leg.valibot) }),
};

function message(validator: Parameters<typeof check>[0], value: unknown): string {
  const result = check(validator, value, 'OnQuote');
  if (!(result instanceof DecodeError)) throw new Error(`decoded: ${JSON.stringify(result)}`);
  return result.message;
}

describe('Validator', () => {
  describe.each(['io', 'zod', 'valibot'] as const)('%s', (library) => {
    const quote = Quote[library];

    it('decodes a valid payload to the same value', () => {
      const value = { symbol: 'EURUSD', bid: 1.1, legs: [{ px: 1 }] };
      expect(check(quote, value, 'OnQuote')).toEqual(value);
    });

    it('names the event, the field path and the value as io-ts does', () => {
      expect(message(quote, { symbol: 'EURUSD', bid: 'abc', legs: [] })).toBe(
        'OnQuote: invalid value "abc" at bid, expected number',
      );
      expect(message(quote, { symbol: 'EURUSD', bid: 1, legs: [{ px: 1 }, { px: null }] })).toBe(
        'OnQuote: invalid value null at legs[1].px, expected number',
      );
    });

    it('says where a field is missing', () => {
      expect(message(quote, { bid: 1, legs: [] })).toMatch(/^OnQuote: invalid value undefined at symbol, expected /);
    });

    it('refuses a payload that is no object at the payload itself', () => {
      expect(message(quote, 42)).toMatch(/^OnQuote: invalid value 42 at \(payload\), expected /);
    });
  });

  it("words zod's enum as io-ts words a keyof", () => {
    const io = message(t.keyof({ buy: null, sell: null }), 'hold');
    expect(message(z.enum(['buy', 'sell']), 'hold')).toBe(io);
    expect(io).toBe('OnQuote: invalid value "hold" at (payload), expected "buy" | "sell"');
  });

  it('refuses a validator that answers later: the per-item path is synchronous', () => {
    const later = z.string().refine(async () => true);
    expect(message(later, 'x')).toBe('OnQuote: invalid value "x" at (payload), expected a synchronous validator');
  });

  it('makes one io-ts decoder per schema and leaves io-ts codecs as they are', () => {
    expect(decoderOf(Quote.zod)).toBe(decoderOf(Quote.zod));
    expect(decoderOf(Quote.io)).toBe(Quote.io);
    expect(isStandardSchema(Quote.valibot)).toBe(true);
    expect(isStandardSchema(Quote.io)).toBe(false);
  });

  it('nests a schema inside an io-ts codec, with the full path', () => {
    const Book = t.type({ quotes: t.array(decoderOf(Quote.zod) as t.Mixed) });
    expect(
      message(Book, {
        quotes: [
          { symbol: 'A', bid: 1, legs: [] },
          { symbol: 'B', bid: true, legs: [] },
        ],
      }),
    ).toBe('OnQuote: invalid value true at quotes[1].bid, expected number');
  });

  it('encodes an argument with its io-ts codec, and sends a Standard Schema value as it is', () => {
    const Stamp = new t.Type<Date, string>(
      'Stamp',
      (u): u is Date => u instanceof Date,
      (u, c) => (typeof u === 'string' ? t.success(new Date(u)) : t.failure(u, c)),
      (date) => date.toISOString(),
    );
    const date = new Date(Date.UTC(2024, 0, 2));
    expect(encodeArg(Stamp, date)).toBe('2024-01-02T00:00:00.000Z');
    expect(encodeArg(z.date(), date)).toBe(date);
  });
});
