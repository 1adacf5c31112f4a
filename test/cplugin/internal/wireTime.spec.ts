import fc from 'fast-check';
import { wireTime } from '../../../src/cplugin/internal/wireTime';

describe('wireTime', () => {
  it.each([['tomorrow'], ['2024-02-30T10:00:00Z'], ['2024-03-01T10:00:00.Z'], ['2024-03-01T10:00:60']])(
    'refuses %s',
    (wire) => {
      expect(wireTime(wire)).toBeNaN();
    },
  );

  it.each([
    ['2024-03-01T10:00:00.123Z', Date.UTC(2024, 2, 1, 10, 0, 0, 123)],
    ['2024-03-01T10:00:00.1234567', Date.UTC(2024, 2, 1, 10, 0, 0, 123)],
    ['2024-03-01T10:00:00.5', Date.UTC(2024, 2, 1, 10, 0, 0, 500)],
    ['2024-02-29T23:59:59Z', Date.UTC(2024, 1, 29, 23, 59, 59)],
    ['0050-01-01T00:00:00Z', -60_589_296_000_000], // the year 50, not 1950 as Date.UTC would read it
    ['2024-03-01T12:00:00+02:00', Date.UTC(2024, 2, 1, 10)],
  ])('reads %s', (wire, ms) => {
    expect(wireTime(wire)).toBe(ms);
  });

  it('reads the WebAPI shape from its digits exactly as new Date reads it, valid or not', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const wire = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
        two(13),
        two(32),
        two(25),
        two(60),
        two(61),
        fc.oneof(fc.constant(''), fc.stringMatching(/^\.\d{0,10}$/)),
        fc.constantFrom('', 'Z'),
      )
      .map(([y, mo, d, h, mi, s, fraction, zone]) => `${y}-${mo}-${d}T${h}:${mi}:${s}${fraction}${zone}`);
    fc.assert(
      fc.property(wire, (u) => {
        // What `new Date` reads, as UTC, when the day written is the day it lands on.
        const date = new Date(u.endsWith('Z') ? u : `${u}Z`);
        const valid = !Number.isNaN(date.getTime()) && date.getUTCDate() === Number(u.slice(8, 10));
        expect(wireTime(u)).toBe(valid ? date.getTime() : NaN);
      }),
      { numRuns: 2000 },
    );
  });
});
