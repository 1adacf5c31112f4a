import type { ParseArgsConfig } from 'node:util';
import type { Period } from 'rxhub/operators';
import { httpUrl } from '../../cli/httpUrl';
import { parseConnectionArgs } from '../../cli/parseConnectionArgs';
import { parsePeriod } from '../../cli/parsePeriod';
import { parseSeconds } from '../../cli/parseSeconds';
import { symbolList } from '../../cli/symbolList';
import { UsageError } from '../../cli/UsageError';
import { webApiUrls } from '../../cli/webApiUrls';
import type { BotOptions } from './BotOptions';

/** The bot's own options, besides the connection options. */
const botOptions = {
  fast: { type: 'string', default: '3' },
  slow: { type: 'string', default: '8' },
  duration: { type: 'string' },
  'status-every': { type: 'string', default: '10' },
  nats: { type: 'string' },
  worker: { type: 'string' },
  workers: { type: 'string' },
  ttl: { type: 'string', default: '5' },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

/**
 * Parses the bot's command line (`util.parseArgs`, strict).
 *
 * @throws UsageError with a one-line message for anything it cannot use.
 */
export function parseBotArgs(argv: readonly string[], env: NodeJS.ProcessEnv = {}): BotOptions {
  const values = parseConnectionArgs(argv, botOptions);

  const symbols = symbolList(values.symbols ?? 'EURUSD,GBPUSD,USDJPY');
  if (symbols.length === 0) throw new UsageError('--symbols needs at least one symbol');
  const fast = whole('--fast', values.fast);
  const slow = whole('--slow', values.slow);
  if (fast >= slow) throw new UsageError(`--fast (${fast}) must be shorter than --slow (${slow})`);

  const workers = values.workers === undefined ? undefined : whole('--workers', values.workers, 'workers');
  if ((workers ?? values.worker) !== undefined && values.nats === undefined)
    throw new UsageError('--workers and --worker need --nats');
  if (values.worker !== undefined && !/^[\w-]+$/.test(values.worker))
    throw new UsageError(`--worker must be letters, digits, - and _, not ${JSON.stringify(values.worker)}`);

  let hubUrl: string | undefined;
  let credentials: BotOptions['credentials'];
  const clientId = values['client-id'];
  const clientSecret = values['client-secret'] ?? env.RXHUB_CLIENT_SECRET;
  if (values.url === undefined) {
    if (values.token ?? clientId ?? values['client-secret'] ?? values['token-url'])
      throw new UsageError('--token, --client-id, --client-secret and --token-url need --url');
  } else {
    const urls = webApiUrls(values.url);
    hubUrl = urls.hubUrl;
    if (values.token !== undefined && clientId !== undefined)
      throw new UsageError('use either --token or --client-id, not both');
    if (clientId !== undefined) {
      if (!clientSecret) throw new UsageError('--client-id needs --client-secret (or RXHUB_CLIENT_SECRET)');
      const tokenUrl = values['token-url'] ?? urls.tokenUrl;
      credentials = { tokenUrl: httpUrl('--token-url', tokenUrl).href, clientId, clientSecret };
    }
  }

  return {
    hubUrl,
    token: values.token,
    credentials,
    platform: values.platform ?? 'demo',
    symbols,
    timeframe: period(values.timeframe ?? (hubUrl === undefined ? '5' : 'M1')),
    fast,
    slow,
    duration: values.duration === undefined ? undefined : parseSeconds('--duration', values.duration),
    statusEvery: parseSeconds('--status-every', values['status-every']),
    help: values.help,
    nats: values.nats,
    worker: values.worker ?? `worker-${process.pid}`,
    workers,
    ttl: parseSeconds('--ttl', values.ttl),
  };
}

function whole(name: string, text: string, what = 'candles'): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1)
    throw new UsageError(`${name} must be a whole number of ${what}, not ${JSON.stringify(text)}`);
  return value;
}

function period(text: string): Period {
  const parsed = parsePeriod(text);
  if (parsed !== undefined) return parsed;
  throw new UsageError(`--timeframe must be M1 … W1 or a whole number of seconds, not ${JSON.stringify(text)}`);
}
