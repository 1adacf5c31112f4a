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

  it('runs as a fleet worker with --nats, or starts workers with --workers', () => {
    expect(parseBotArgs(['--nats', '127.0.0.1:4222', '--worker', 'w-1', '--ttl', '2'])).toMatchObject({
      nats: '127.0.0.1:4222',
      worker: 'w-1',
      workers: undefined,
      ttl: 2,
    });
    expect(parseBotArgs(['--nats', '127.0.0.1:4222', '--workers', '3'])).toMatchObject({
      workers: 3,
      worker: `worker-${process.pid}`,
      ttl: 5,
    });
  });

  it.each([
    [['--fast', '8', '--slow', '3'], '--fast (8) must be shorter than --slow (3)'],
    [['--timeframe', 'M2'], '--timeframe must be M1 … W1 or a whole number of seconds, not "M2"'],
    [['--token', 'abc'], '--token, --client-id, --client-secret and --token-url need --url'],
    [['--nope'], 'unknown option --nope'],
    [['--workers', '3'], '--workers and --worker need --nats'],
    [['--nats', '127.0.0.1:4222', '--workers', '0'], '--workers must be a whole number of workers, not "0"'],
    [['--nats', '127.0.0.1:4222', '--worker', 'a.b'], '--worker must be letters, digits, - and _, not "a.b"'],
  ])('refuses %j', (args, message) => {
    expect(() => parseBotArgs(args)).toThrow(message);
  });
});
