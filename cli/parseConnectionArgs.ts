import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './UsageError';

/** The options both programs take: where to connect and how to authenticate, and what to watch. */
const connectionOptions = {
  url: { type: 'string' },
  token: { type: 'string' },
  'client-id': { type: 'string' },
  'client-secret': { type: 'string' },
  'token-url': { type: 'string' },
  platform: { type: 'string' },
  symbols: { type: 'string' },
  timeframe: { type: 'string' },
} as const;

/**
 * A program's command line (`util.parseArgs`, strict, no positionals) with the connection options (--url, --token,
 * --client-id, --client-secret, --token-url, --platform, --symbols, --timeframe) and the program's own.
 *
 * @param argv The arguments after the script, as `process.argv.slice(2)`.
 * @param options The program's own options, in `util.parseArgs`'s form.
 * @throws UsageError with util.parseArgs's complaint on one line, as `unknown option --x`.
 */
export function parseConnectionArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: readonly string[],
  options: T,
) {
  try {
    return parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: { ...connectionOptions, ...options },
    }).values;
  } catch (error) {
    throw new UsageError(parseArgsMessage(error));
  }
}

/** `util.parseArgs`'s errors, on one line and without its advice about positionals. */
function parseArgsMessage(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'([^']+)'/.exec(message ?? '')?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? ''}`.trim();
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${option ?? ''}`.trim();
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return (message ?? 'invalid option value').split('\n')[0].replace(/\.$/, '');
    default:
      return (message ?? String(error)).split('\n')[0];
  }
}
