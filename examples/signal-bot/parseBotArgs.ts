import { parseArgs } from 'node:util';
import type { Period } from 'rxhub/operators';
import type { BotOptions } from './BotOptions';

const NAMED = ['M1', 'M5', 'M15', 'M30', 'H1', 'H4', 'D1', 'W1'];

/**
 * Parses the bot's command line (`util.parseArgs`, strict).
 *
 * @throws Error with a one-line message for anything it cannot use.
 */
export function parseBotArgs(argv: readonly string[], env: NodeJS.ProcessEnv = {}): BotOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        url: { type: 'string' },
        token: { type: 'string' },
        'client-id': { type: 'string' },
        'client-secret': { type: 'string' },
        'token-url': { type: 'string' },
        platform: { type: 'string', default: 'demo' },
        symbols: { type: 'string', default: 'EURUSD,GBPUSD,USDJPY' },
        timeframe: { type: 'string' },
        fast: { type: 'string', default: '3' },
        slow: { type: 'string', default: '8' },
        duration: { type: 'string' },
        'status-every': { type: 'string', default: '10' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    // util.parseArgs explains at length; its first sentence is enough.
    throw new Error(
      String((error as Error).message)
        .split('\n')[0]
        .split('. ')[0]
        .replace(/\.$/, ''),
    );
  }

  const symbols = [
    ...new Set(
      values.symbols
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (symbols.length === 0) throw new Error('--symbols needs at least one symbol');
  const fast = whole('--fast', values.fast);
  const slow = whole('--slow', values.slow);
  if (fast >= slow) throw new Error(`--fast (${fast}) must be shorter than --slow (${slow})`);

  let hubUrl: string | undefined;
  let credentials: BotOptions['credentials'];
  const clientId = values['client-id'];
  const clientSecret = values['client-secret'] ?? env.RXHUB_CLIENT_SECRET;
  if (values.url === undefined) {
    if (values.token ?? clientId ?? values['client-secret'] ?? values['token-url'])
      throw new Error('--token, --client-id, --client-secret and --token-url need --url');
  } else {
    const base = httpUrl('--url', values.url);
    hubUrl = /\/hubs\//.test(base.pathname)
      ? base.href.replace(/\/+$/, '')
      : `${base.href.replace(/\/+$/, '')}/hubs/mt4/v1`;
    if (values.token !== undefined && clientId !== undefined)
      throw new Error('use either --token or --client-id, not both');
    if (clientId !== undefined) {
      if (!clientSecret) throw new Error('--client-id needs --client-secret (or RXHUB_CLIENT_SECRET)');
      const tokenUrl = values['token-url'] ?? new URL('/connect/token', base.origin).href;
      credentials = { tokenUrl: httpUrl('--token-url', tokenUrl).href, clientId, clientSecret };
    }
  }

  return {
    hubUrl,
    token: values.token,
    credentials,
    platform: values.platform,
    symbols,
    timeframe: period(values.timeframe ?? (hubUrl === undefined ? '5' : 'M1')),
    fast,
    slow,
    duration: values.duration === undefined ? undefined : positive('--duration', values.duration),
    statusEvery: positive('--status-every', values['status-every']),
    help: values.help,
  };
}

function httpUrl(name: string, text: string): URL {
  const url = URL.canParse(text) ? new URL(text) : undefined;
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:')
    throw new Error(`${name} must be an http(s) URL, not ${JSON.stringify(text)}`);
  return url;
}

function whole(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1)
    throw new Error(`${name} must be a whole number of candles, not ${JSON.stringify(text)}`);
  return value;
}

function positive(name: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !(value > 0) || !Number.isFinite(value))
    throw new Error(`${name} must be a positive number of seconds, not ${JSON.stringify(text)}`);
  return value;
}

function period(text: string): Period {
  if (NAMED.includes(text.toUpperCase())) return text.toUpperCase() as Period;
  const seconds = Number(text);
  if (Number.isSafeInteger(seconds) && seconds > 0) return seconds;
  throw new Error(`--timeframe must be M1 … W1 or a whole number of seconds, not ${JSON.stringify(text)}`);
}
