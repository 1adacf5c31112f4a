import fc from 'fast-check';
import * as t from 'io-ts';
import { DecodeError, Tick, TickArgs, TicksArgs } from '../../src';
import { check, decoder, DecodeFailure, REFUSED, withFastPass } from '../../src/core/internal/check';

/** What io-ts itself says: the value, or the errors (value, path of keys and types, message). */
function ioTs(codec: t.Decoder<unknown, unknown>, value: unknown): unknown {
  const result = codec.decode(value);
  return result._tag === 'Right' ? { right: result.right } : { left: summarize(result.left) };
}

function compiled(codec: t.Decoder<unknown, unknown>, value: unknown): unknown {
  const result = decoder(codec)(value);
  return result instanceof DecodeFailure ? { left: summarize(result.errors) } : { right: result };
}

function summarize(errors: t.Errors): unknown[] {
  return errors.map(({ value, context, message }) => ({
    value,
    message,
    context: context.map(({ key, type, actual }) => ({ key, type: type.name, actual })),
  }));
}

const Flat = t.type({ s: t.string, n: t.number, b: t.boolean, u: t.unknown }, 'Flat');
const Nested = t.type({ list: t.array(Flat), inner: t.type({ id: t.number }), tags: t.array(t.string) }, 'Nested');
const codecs: Record<string, t.Decoder<unknown, unknown>> = { Tick, TickArgs, TicksArgs, Flat, Nested };

/** Wire-like values: right shapes with wrong fields, nulls, missing keys, arrays where objects belong. */
const wire = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.string(),
    fc.constantFrom('2024-03-01T10:00:00Z', '2024-03-01T10:00:00.1234567Z', 'not a date', ''),
    // MessagePack's timestamps arrive as Dates, an invalid one included.
    fc.date(),
  ),
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('leaf'),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(
      fc.constantFrom('s', 'n', 'b', 'u', 'list', 'inner', 'id', 'tags', 'symbol', 'bid', 'ask', 'lastTime', 'tick'),
      tie('value'),
      { maxKeys: 5 },
    ),
  ),
}));

/** Ticks that are mostly right: each field valid, null, missing or of another type. */
const nearTick = fc.record(
  {
    symbol: fc.oneof(fc.string(), fc.constant(null), wire.leaf),
    bid: fc.oneof(fc.double(), wire.leaf),
    ask: fc.oneof(fc.double(), wire.leaf),
    lastTime: fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.date({ noInvalidDate: true }),
      fc.constant(null),
      wire.leaf,
    ),
  },
  { requiredKeys: ['bid', 'ask'] },
);
const nearTicks = fc.record({
  tradePlatform: fc.oneof(fc.constant('demo'), wire.leaf),
  ticks: fc.oneof(
    fc.array(fc.record({ tradePlatform: fc.constant('demo'), tick: fc.oneof(nearTick, wire.leaf) })),
    wire.leaf,
  ),
});

const tick = { symbol: 'EURUSD', bid: 1.1, ask: 1.2, lastTime: '2024-03-01T10:00:00.123Z' };

describe('check: the compiled decoding of the per-item path', () => {
  it.each(Object.keys(codecs))('gives what io-ts gives, value or errors, for any value (%s)', (name) => {
    const codec = codecs[name];
    fc.assert(
      fc.property(wire.value, (value) => {
        expect(compiled(codec, value)).toStrictEqual(ioTs(codec, value));
      }),
      { numRuns: 300 },
    );
  });

  it('gives what io-ts gives for near-valid ticks and batches', () => {
    fc.assert(
      fc.property(nearTick, nearTicks, (one, batch) => {
        expect(compiled(Tick, one)).toStrictEqual(ioTs(Tick, one));
        expect(compiled(TicksArgs, batch)).toStrictEqual(ioTs(TicksArgs, batch));
      }),
      { numRuns: 500 },
    );
  });

  it('gives what io-ts gives for valid and broken ticks, single and batched', () => {
    const samples = [
      tick,
      { ...tick, symbol: null, lastTime: null },
      { bid: 1, ask: 2 },
      { ...tick, bid: 'abc' },
      { ...tick, lastTime: 'noon' },
      { tradePlatform: 'demo', tick },
      { tradePlatform: 'demo', tick: null },
      { tradePlatform: 'demo', ticks: [{ tradePlatform: 'demo', tick }, { tick: { ...tick, ask: null } }] },
      [],
      null,
    ];
    for (const codec of Object.values(codecs)) {
      for (const value of samples) expect(compiled(codec, value)).toStrictEqual(ioTs(codec, value));
    }
  });

  it('copies an object only when a field decodes to something else, as io-ts does', () => {
    const plain = { s: 'a', n: 1, b: true, u: 0 };
    expect(decoder(Flat)(plain)).toBe(plain);
    const decoded = decoder(Tick)(tick) as Tick;
    expect(decoded).not.toBe(tick);
    expect(decoded.lastTime).toEqual(new Date('2024-03-01T10:00:00.123Z'));
  });

  it('copies an object with a NaN number, as io-ts does, since NaN is not the value it decoded to', () => {
    const nan = { s: 'a', n: NaN, b: true, u: 0 };
    expect(decoder(Flat)(nan)).not.toBe(nan);
    // A null prototype tells the copy from the object, as fast-check's records have now and then.
    const bare = Object.assign(Object.create(null) as object, nan);
    expect(compiled(Flat, bare)).toStrictEqual(ioTs(Flat, bare));
  });

  it('runs a custom codec once per valid value, and leaves a refused value to io-ts for its errors', () => {
    const seen: unknown[] = [];
    const Spy = new t.Type<number>(
      'Spy',
      (u): u is number => typeof u === 'number',
      (u, c) => {
        seen.push(u);
        return typeof u === 'number' ? t.success(u) : t.failure(u, c);
      },
      t.identity,
    );
    const Outer = t.type({ a: t.string, spy: Spy, list: t.array(Spy) });
    expect(decoder(Outer)({ a: 'x', spy: 1, list: [2, 3] })).toEqual({ a: 'x', spy: 1, list: [2, 3] });
    expect(seen).toEqual([1, 2, 3]);
    seen.length = 0;
    const refused = decoder(Outer)({ a: 'x', spy: 1, list: [2, 'y'] });
    expect(seen).toEqual([1, 2, 'y', 1, 2, 'y']);
    expect(summarize((refused as DecodeFailure).errors)).toEqual(
      summarize((Outer.decode({ a: 'x', spy: 1, list: [2, 'y'] }) as { left: t.Errors }).left),
    );
  });

  it("uses a codec's own fast pass, inside other codecs too, and io-ts for the errors of what it refuses", () => {
    const passed: unknown[] = [];
    const Price = withFastPass(t.type({ price: t.number }), (u) => {
      passed.push(u);
      return typeof (u as { price?: unknown }).price === 'number' ? u : REFUSED;
    });
    const Prices = t.type({ prices: t.array(Price) });
    expect(decoder(Prices)({ prices: [{ price: 1 }] })).toEqual({ prices: [{ price: 1 }] });
    const refused = decoder(Prices)({ prices: [{ price: 'x' }] });
    expect(passed).toEqual([{ price: 1 }, { price: 'x' }]);
    expect(summarize((refused as DecodeFailure).errors)).toEqual(
      summarize((Prices.decode({ prices: [{ price: 'x' }] }) as { left: t.Errors }).left),
    );
  });

  it('check names the source and the item prefix in its DecodeError', () => {
    const error = check(Tick, { ...tick, bid: 'abc' }, 'OnTicks', 'ticks[3].tick');
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).message).toBe('OnTicks: invalid value "abc" at ticks[3].tick.bid, expected number');
    expect(check(Tick, tick, 'OnTick')).toEqual({ ...tick, lastTime: new Date(tick.lastTime) });
  });
});
