import { DateTime, DecodeError } from '../../../src';

describe('DateTime', () => {
  it.each([
    ['2024-03-01T10:00:00Z', '2024-03-01T10:00:00.000Z'],
    ['2024-03-01T12:00:00+02:00', '2024-03-01T10:00:00.000Z'],
    ['2024-03-01T10:00:00', '2024-03-01T10:00:00.000Z'],
    ['2024-03-01T10:00:00.1234567', '2024-03-01T10:00:00.123Z'],
    ['2024-03-01T10:00', '2024-03-01T10:00:00.000Z'],
  ])('decodes %s as %s, reading a time without an offset as UTC', (wire, instant) => {
    const result = DateTime.decode(wire);
    expect(result._tag === 'Right' && result.right.toISOString()).toBe(instant);
  });

  it.each([
    ['tomorrow'],
    ['2024-03-01T25:00:00'],
    ['2024-02-30T10:00:00Z'],
    ['2023-02-29T10:00:00'],
    ['2024-04-31T00:00:00Z'],
    [1709287200000],
    [null],
    [new Date(NaN)],
  ])('rejects %p, naming the value', (wire) => {
    const result = DateTime.decode(wire);
    expect(result._tag === 'Left' && DecodeError.from('OnTick', result.left).message).toBe(
      `OnTick: invalid value ${JSON.stringify(wire)} at (payload), expected DateTime`,
    );
  });

  it('keeps a MessagePack timestamp, which arrives as a Date, as it is', () => {
    const time = new Date('2024-03-01T10:00:00.123Z');
    const result = DateTime.decode(time);
    expect(result._tag === 'Right' && result.right).toBe(time);
  });

  it('encodes to an ISO string in UTC', () => {
    expect(DateTime.encode(new Date(Date.UTC(2024, 2, 1, 10)))).toBe('2024-03-01T10:00:00.000Z');
  });
});
