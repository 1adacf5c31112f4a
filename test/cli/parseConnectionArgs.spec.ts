import { parseConnectionArgs } from '../../cli/parseConnectionArgs';
import { UsageError } from '../../cli/UsageError';

describe('parseConnectionArgs', () => {
  const own = { fast: { type: 'string', default: '3' }, plain: { type: 'boolean' } } as const;

  it("takes the connection options and the program's own, with their defaults", () => {
    const values = parseConnectionArgs(
      [
        ...['--url', 'http://x', '--token', 't', '--client-id', 'i', '--client-secret', 's', '--token-url', 'http://t'],
        ...['--platform', 'live', '--symbols', 'A,B', '--timeframe', 'M5', '--plain'],
      ],
      own,
    );
    expect(values).toEqual({
      url: 'http://x',
      token: 't',
      'client-id': 'i',
      'client-secret': 's',
      'token-url': 'http://t',
      platform: 'live',
      symbols: 'A,B',
      timeframe: 'M5',
      fast: '3',
      plain: true,
    });
  });

  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [['stray'], 'unexpected argument stray'],
    [['--url'], "Option '--url <value>' argument missing"],
    [['--plain=yes'], "Option '--plain' does not take an argument"],
  ])("refuses %j with util.parseArgs's complaint on one line", (args, message) => {
    expect(() => parseConnectionArgs(args, own)).toThrow(new UsageError(message));
  });
});
