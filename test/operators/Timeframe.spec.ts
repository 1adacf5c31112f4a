import { Timeframe } from '../../operators/Timeframe';

const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);

describe('Timeframe', () => {
  it.each([
    ['M1', '2019-02-04T10:17:59.999Z', '2019-02-04T10:17:00.000Z'],
    ['M5', '2019-02-04T10:17:00.000Z', '2019-02-04T10:15:00.000Z'],
    ['M15', '2019-02-04T10:15:00.000Z', '2019-02-04T10:15:00.000Z'],
    ['M30', '2019-02-04T10:29:59.999Z', '2019-02-04T10:00:00.000Z'],
    ['H1', '2019-02-04T10:59:00.000Z', '2019-02-04T10:00:00.000Z'],
    ['H4', '2019-02-04T11:59:00.000Z', '2019-02-04T08:00:00.000Z'],
    ['D1', '2019-02-04T23:59:59.999Z', '2019-02-04T00:00:00.000Z'],
    [90, '2019-02-04T00:02:59.999Z', '2019-02-04T00:01:30.000Z'],
    ['M1', '1969-12-31T23:59:30.000Z', '1969-12-31T23:59:00.000Z'],
  ] as const)('puts %p windows on the epoch: %s is in the window from %s', (period, time, start) => {
    expect(new Date(new Timeframe(period).start(at(time))).toISOString()).toBe(start);
  });

  it.each([
    // 2019-02-07 is a Thursday, where floor(time / 7 days) would start a week.
    [{ period: 'W1' }, '2019-02-07T12:00:00.000Z', '2019-02-03T00:00:00.000Z'],
    [{ period: 'W1' }, '2019-02-09T23:59:59.999Z', '2019-02-03T00:00:00.000Z'],
    [{ period: 'W1' }, '2019-02-10T00:00:00.000Z', '2019-02-10T00:00:00.000Z'],
    [{ period: 'W1', weekStart: 'Monday' }, '2019-02-10T12:00:00.000Z', '2019-02-04T00:00:00.000Z'],
    [{ period: 604_800 }, '2019-02-07T12:00:00.000Z', '2019-02-03T00:00:00.000Z'],
    [{ period: 'W1', serverOffset: 2 * HOUR }, '2019-02-09T22:00:00.000Z', '2019-02-09T22:00:00.000Z'],
    [{ period: 'W1', serverOffset: 2 * HOUR }, '2019-02-09T21:59:59.999Z', '2019-02-02T22:00:00.000Z'],
    [{ period: 'D1', serverOffset: 2 * HOUR }, '2019-02-04T21:59:59.999Z', '2019-02-03T22:00:00.000Z'],
    [{ period: 'D1', serverOffset: -5 * HOUR }, '2019-02-04T04:59:59.999Z', '2019-02-03T05:00:00.000Z'],
    [{ period: 'H4', serverOffset: 3 * HOUR }, '2019-02-04T00:59:59.999Z', '2019-02-03T21:00:00.000Z'],
    [{ period: 'H1', serverOffset: 2 * HOUR }, '2019-02-04T00:30:00.000Z', '2019-02-04T00:00:00.000Z'],
  ] as const)('aligns %p on the server clock: %s is in the window from %s', (config, time, start) => {
    expect(new Date(new Timeframe(config).start(at(time))).toISOString()).toBe(start);
  });

  it.each([
    ['M1', 60_000],
    ['W1', 604_800_000],
    [7, 7_000],
  ] as const)('gives the length of %p', (period, length) => {
    expect(new Timeframe(period).length).toBe(length);
  });

  it.each([0, -60, 1.5, NaN, Infinity, 'M2', 'MN1', 'toString'])('refuses the period %p', (period) => {
    expect(() => new Timeframe(period as number)).toThrow(
      `A period is M1, M5, M15, M30, H1, H4, D1, W1 or a positive whole number of seconds, not ${period}`,
    );
  });

  it('refuses an offset that is not finite', () => {
    expect(() => new Timeframe({ period: 'D1', serverOffset: NaN })).toThrow('serverOffset must be finite, not NaN');
  });
});
