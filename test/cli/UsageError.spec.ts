import { UsageError } from '../../cli/UsageError';

describe('UsageError', () => {
  it('is an Error that says what it is', () => {
    const error = new UsageError('--duration must be a positive number of seconds, not "0"');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('UsageError');
    expect(String(error)).toBe('UsageError: --duration must be a positive number of seconds, not "0"');
  });
});
