import { parseBotArgs } from '../../../examples/signal-bot/parseBotArgs';

describe('parseBotArgs', () => {
  it('starts the simulator with 5-second candles by default', () => {
    expect(parseBotArgs([])).toMatchObject({
      hubUrl: undefined,
      symbols: ['EURUSD', 'GBPUSD', 'USDJPY'],
      timeframe: 5,
      fast: 3,
      slow: 8,
      duration: undefined,
    });
  });

  it('takes a WebAPI with client credentials, and M1 candles by default there', () => {
    const options = parseBotArgs(['--url', 'https://webapi.example.com', '--client-id', 'bot'], {
      RXHUB_CLIENT_SECRET: 's3cret',
    });
    expect(options).toMatchObject({
      hubUrl: 'https://webapi.example.com/hubs/mt4/v1',
      credentials: { tokenUrl: 'https://webapi.example.com/connect/token', clientId: 'bot', clientSecret: 's3cret' },
      timeframe: 'M1',
    });
  });

  it.each([
    [['--fast', '8', '--slow', '3'], '--fast (8) must be shorter than --slow (3)'],
    [['--timeframe', 'M2'], '--timeframe must be M1 … W1 or a whole number of seconds, not "M2"'],
    [['--token', 'abc'], '--token, --client-id, --client-secret and --token-url need --url'],
    [['--nope'], 'unknown option --nope'],
  ])('refuses %j', (args, message) => {
    expect(() => parseBotArgs(args)).toThrow(message);
  });
});
