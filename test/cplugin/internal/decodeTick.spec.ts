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
  // MessagePack's timestamps arrive as Dates, an invalid one included.
  fc.date(),
  fc.constant(new Date(NaN)),
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

  it('copies a tick whose bid is NaN, as io-ts does, even when no field changes', () => {
    const wire = { symbol: 'EURUSD', bid: NaN, ask: 1.2, lastTime: new Date('2024-03-01T10:00:00Z') };
    expect(decodeTick(wire)).not.toBe(wire);
    expect(decodeTick(wire)).toStrictEqual(wire);
  });

  it('keeps a MessagePack tick, whose time is already a Date, as it is', () => {
    const wire = { symbol: 'EURUSD', bid: 1.1, ask: 1.2, lastTime: new Date('2024-03-01T10:00:00Z') };
    expect(decodeTick(wire)).toBe(wire);
  });

  it('is attached to the generated Tick codec itself, so that every codec holding a Tick decodes with it', () => {
    expect(TickWithFastPass).toBe(Tick);
  });
});
