import { parsePeriod } from '../../cli/parsePeriod';

describe('parsePeriod', () => {
  it.each([
    ['M1', 'M1'],
    ['m15', 'M15'],
    ['W1', 'W1'],
    ['5', 5],
    [' 60 ', 60],
  ])('takes %j as %j', (text, period) => {
    expect(parsePeriod(text)).toBe(period);
  });

  it.each(['M2', ' M1 ', '1.5', '0', '-5', '', 'D'])('leaves %j to the program to refuse', (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });
});
