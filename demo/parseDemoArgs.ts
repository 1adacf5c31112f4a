import type { ParseArgsConfig } from 'node:util';
import type { Period } from 'rxhub/operators';
import { httpUrl } from '../cli/httpUrl';
import { parseConnectionArgs } from '../cli/parseConnectionArgs';
import { parsePeriod } from '../cli/parsePeriod';
import { parseSeconds } from '../cli/parseSeconds';
import { symbolList } from '../cli/symbolList';
import { UsageError } from '../cli/UsageError';
import { webApiUrls } from '../cli/webApiUrls';
import type { DemoOptions, DemoTarget } from './DemoOptions';

const DEFAULT_SYMBOLS = ['EURUSD', 'GBPUSD', 'USDJPY', 'XAUUSD', 'BTCUSD'];

/** The demo's own options, besides the connection options. */
const demoOptions = {
  chart: { type: 'string' },
  duration: { type: 'string' },
  'abort-after': { type: 'string' },
  'snapshot-every': { type: 'string' },
  'connect-timeout': { type: 'string' },
  plain: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/**
 * Parses the demo's command line (`util.parseArgs`, strict) into checked options.
 *
 * @param argv The arguments after the script, as `process.argv.slice(2)`.
 * @param env Where `RXHUB_CLIENT_SECRET` is read from.
 * @throws UsageError with a one-line message for anything it cannot use.
 */
export function parseDemoArgs(argv: readonly string[], env: NodeJS.ProcessEnv = {}): DemoOptions {
  const values = parseConnectionArgs(argv, demoOptions);

  const help = values.help ?? false;
  const symbols = values.symbols === undefined ? DEFAULT_SYMBOLS : list('--symbols', values.symbols);
  const chart = values.chart?.trim() || (symbols.includes('BTCUSD') ? 'BTCUSD' : symbols[0]);
  if (!symbols.includes(chart)) throw new UsageError(`--chart ${chart} is not one of --symbols (${symbols.join(',')})`);
  const platform = values.platform?.trim() ?? 'demo';
  if (!platform) throw new UsageError('--platform needs a trade platform id');
  const duration = values.duration === undefined ? undefined : parseSeconds('--duration', values.duration);
  const target = targetOf(values, env);

  let abortAfter: number | undefined;
  if (values['abort-after'] !== undefined) {
    if (target.kind === 'remote') throw new UsageError('--abort-after works only with the simulator, not with --url');
    const at = parseSeconds('--abort-after', values['abort-after'], true);
    abortAfter = at === 0 ? undefined : at;
  } else if (target.kind === 'simulator') {
    abortAfter = duration === undefined ? 8 : duration * 0.4;
  }

  return {
    target,
    platform,
    symbols,
    timeframe: period(values.timeframe ?? 'M1'),
    chart,
    duration,
    abortAfter,
    snapshotEvery:
      values['snapshot-every'] === undefined ? 3 : parseSeconds('--snapshot-every', values['snapshot-every']),
    connectTimeout:
      values['connect-timeout'] === undefined ? 10 : parseSeconds('--connect-timeout', values['connect-timeout']),
    plain: values.plain ?? false,
    help,
  };
}

function targetOf(
  values: {
    url?: string;
    token?: string;
    'client-id'?: string;
    'client-secret'?: string;
    'token-url'?: string;
  },
  env: NodeJS.ProcessEnv,
): DemoTarget {
  const { url, token } = values;
  const clientId = values['client-id'];
  const clientSecret = values['client-secret'] ?? env.RXHUB_CLIENT_SECRET;
  const tokenUrl = values['token-url'];
  if (url === undefined) {
    const stray = ['token', 'client-id', 'client-secret', 'token-url'].find(
      (name) => values[name as keyof typeof values] !== undefined,
    );
    if (stray) throw new UsageError(`--${stray} needs --url (without --url the demo runs its own simulator)`);
    return { kind: 'simulator' };
  }
  const { hubUrl, tokenUrl: defaultTokenUrl } = webApiUrls(url);
  if (token !== undefined && clientId !== undefined)
    throw new UsageError('use either --token or --client-id/--client-secret, not both');
  if (token !== undefined) {
    if (!token.trim()) throw new UsageError('--token is empty');
    return { kind: 'remote', hubUrl, auth: { kind: 'token', token: token.trim() } };
  }
  if (clientId !== undefined) {
    if (!clientId.trim()) throw new UsageError('--client-id is empty');
    if (!clientSecret) throw new UsageError('--client-id needs --client-secret (or RXHUB_CLIENT_SECRET)');
    const endpoint = tokenUrl === undefined ? defaultTokenUrl : httpUrl('--token-url', tokenUrl).href;
    return {
      kind: 'remote',
      hubUrl,
      auth: { kind: 'client-credentials', tokenUrl: endpoint, clientId: clientId.trim(), clientSecret },
    };
  }
  if (values['client-secret'] !== undefined || tokenUrl !== undefined)
    throw new UsageError('--client-secret and --token-url need --client-id');
  return { kind: 'remote', hubUrl, auth: { kind: 'none' } };
}

function list(name: string, text: string): string[] {
  const items = symbolList(text);
  if (items.length === 0) throw new UsageError(`${name} needs at least one symbol, e.g. ${name} EURUSD,GBPUSD`);
  return items;
}

function period(text: string): Period {
  const parsed = parsePeriod(text.trim());
  if (parsed !== undefined) return parsed;
  throw new UsageError(
    `--timeframe must be M1, M5, M15, M30, H1, H4, D1, W1 or a whole number of seconds, not ${JSON.stringify(text)}`,
  );
}
