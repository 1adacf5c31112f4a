import { parseConnectionArgs } from '../../cli/parseConnectionArgs';

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
    [['--bogus'], 'ERR_PARSE_ARGS_UNKNOWN_OPTION'],
    [['stray'], 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'],
    [['--url'], 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'],
    [['--plain=yes'], 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'],
  ])("leaves %j to util.parseArgs's own error (%s)", (args, code) => {
    expect(() => parseConnectionArgs(args, own)).toThrow(expect.objectContaining({ code }));
  });
});
