import { parseArgs, type ParseArgsConfig } from 'node:util';

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
 * @throws util.parseArgs's own errors (`code` `ERR_PARSE_ARGS_*`), for the program to put in its words.
 */
export function parseConnectionArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: readonly string[],
  options: T,
) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: { ...connectionOptions, ...options },
  }).values;
}
