import fc from 'fast-check';
import { Tick } from '../../../src';
import { REFUSED } from '../../../src/core/internal/check';
import { decodeTick, TickWithFastPass } from '../../../src/cplugin/internal/decodeTick';

/** What io-ts gives: the decoded tick, or REFUSED where it reports errors. */
function ioTs(value: unknown): unknown {
  const result = Tick.decode(value);
  return result._tag === 'Right' ? result.right : REFUSED;
}

const field = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.double(),
  fc.string(),
  fc.constantFrom('2024-03-01T10:00:00Z', '2024-03-01T10:00:00.1234567', '2024-02-30T10:00:00Z', 'noon'),
);

describe('decodeTick', () => {
  it('decodes exactly as io-ts decodes Tick: the same own fields and values, or a refusal', () => {
    const wire = fc.oneof(
      fc.record(
        { symbol: field, bid: fc.oneof(fc.double(), field), ask: fc.oneof(fc.double(), field), lastTime: field },
        { requiredKeys: [] },
      ),
      field,
      fc.array(field, { maxLength: 2 }),
    );
    fc.assert(
      fc.property(wire, (value) => {
        expect(decodeTick(value)).toStrictEqual(ioTs(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('copies a tick with a NaN price, as io-ts does (fast-check seed 208221 found it on a null-prototype tick)', () => {
    const wire = Object.assign(Object.create(null) as object, {
      symbol: '2024-03-01T10:00:00Z',
      bid: NaN,
      ask: 0,
      lastTime: undefined,
    });
    expect(decodeTick(wire)).not.toBe(wire);
    expect(decodeTick(wire)).toStrictEqual(ioTs(wire));
  });

  it('leaves the wire tick as it is', () => {
    const wire = { symbol: null, bid: 1.1, ask: 1.2, lastTime: '2024-03-01T10:00:00Z' };
    expect(decodeTick(wire)).toStrictEqual({
      symbol: undefined,
      bid: 1.1,
      ask: 1.2,
      lastTime: new Date(wire.lastTime),
    });
    expect(wire).toEqual({ symbol: null, bid: 1.1, ask: 1.2, lastTime: '2024-03-01T10:00:00Z' });
  });

  it('is attached to the generated Tick codec itself, so that every codec holding a Tick decodes with it', () => {
    expect(TickWithFastPass).toBe(Tick);
  });
});
