import { parseSeconds } from '../../cli/parseSeconds';
import { UsageError } from '../../cli/UsageError';

describe('parseSeconds', () => {
  it('takes positive numbers, and 0 when zero is allowed', () => {
    expect(parseSeconds('--duration', '20')).toBe(20);
    expect(parseSeconds('--duration', ' 2.5 ')).toBe(2.5);
    expect(parseSeconds('--abort-after', '0', true)).toBe(0);
  });

  it.each([
    ['--duration', '0', false, '--duration must be a positive number of seconds, not "0"'],
    ['--duration', '-1', false, '--duration must be a positive number of seconds, not "-1"'],
    ['--duration', 'abc', false, '--duration must be a positive number of seconds, not "abc"'],
    ['--duration', ' ', false, '--duration must be a positive number of seconds, not " "'],
    ['--duration', 'Infinity', false, '--duration must be a positive number of seconds, not "Infinity"'],
    ['--abort-after', '-1', true, '--abort-after must be a non-negative number of seconds, not "-1"'],
  ])('refuses %s %j (zero allowed: %j)', (name, text, zeroAllowed, message) => {
    const parse = () => parseSeconds(name, text, zeroAllowed);
    expect(parse).toThrow(UsageError);
    expect(parse).toThrow(message);
  });
});
