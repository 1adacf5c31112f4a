import { UsageError } from '../../cli/UsageError';
import { parseDemoArgs } from '../../demo/parseDemoArgs';

describe('parseDemoArgs', () => {
  it('runs its own simulator by default, dropping every connection after 8 s', () => {
    expect(parseDemoArgs([])).toMatchObject({
      target: { kind: 'simulator' },
      platform: 'demo',
      symbols: ['EURUSD', 'GBPUSD', 'USDJPY', 'XAUUSD', 'BTCUSD'],
      timeframe: 'M1',
      chart: 'BTCUSD',
      duration: undefined,
      abortAfter: 8,
    });
  });

  it('drops the connections at 40 % of --duration, or never with --abort-after 0', () => {
    expect(parseDemoArgs(['--duration', '20']).abortAfter).toBe(8);
    expect(parseDemoArgs(['--duration', '20', '--abort-after', '0']).abortAfter).toBeUndefined();
  });

  it('points at a WebAPI with client credentials, the secret possibly from the environment', () => {
    const options = parseDemoArgs(['--url', 'https://webapi.example.com/', '--client-id', 'me', '--platform', 'live'], {
      RXHUB_CLIENT_SECRET: 's3cret',
    });
    expect(options).toMatchObject({
      target: {
        kind: 'remote',
        hubUrl: 'https://webapi.example.com/hubs/mt4/v1',
        auth: {
          kind: 'client-credentials',
          tokenUrl: 'https://webapi.example.com/connect/token',
          clientId: 'me',
          clientSecret: 's3cret',
        },
      },
      platform: 'live',
      abortAfter: undefined,
    });
  });

  it('takes a hub URL as it is, and a bearer token', () => {
    expect(parseDemoArgs(['--url', 'http://127.0.0.1:5080/hubs/mt4/v1', '--token', 'abc']).target).toEqual({
      kind: 'remote',
      hubUrl: 'http://127.0.0.1:5080/hubs/mt4/v1',
      auth: { kind: 'token', token: 'abc' },
    });
  });

  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [['stray'], 'unexpected argument stray'],
    [
      ['--timeframe', '1.5'],
      '--timeframe must be M1, M5, M15, M30, H1, H4, D1, W1 or a whole number of seconds, not "1.5"',
    ],
    [['--symbols', ' , '], '--symbols needs at least one symbol, e.g. --symbols EURUSD,GBPUSD'],
    [
      ['--url', 'http://x', '--token', 'a', '--client-id', 'b'],
      'use either --token or --client-id/--client-secret, not both',
    ],
    [['--url', 'http://x', '--client-id', 'b'], '--client-id needs --client-secret (or RXHUB_CLIENT_SECRET)'],
    [['--client-id', 'b'], '--client-id needs --url (without --url the demo runs its own simulator)'],
  ])('refuses %j', (args, message) => {
    const parse = () => parseDemoArgs(args);
    expect(parse).toThrow(UsageError);
    expect(parse).toThrow(message);
  });
});
