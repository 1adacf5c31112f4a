/** The options for a CPlugin WebAPI, as both programs list them in their `--help`. */
const rows = [
  ['--url <url>', "the WebAPI's base URL (…/hubs/mt4/v1 is appended) or the MT4 hub's URL"],
  ['--token <token>', 'a bearer token, or:'],
  ['--client-id <id>', 'client credentials for the token endpoint,'],
  ['--client-secret <secret>', '(or the RXHUB_CLIENT_SECRET environment variable)'],
  ['--token-url <url>', 'the token endpoint (default: <url>/connect/token)'],
];

/**
 * The `--help` section on a real CPlugin WebAPI instead of the simulator (`--url` and the authentication options),
 * without a final newline.
 *
 * @param optionWidth The width the options are padded to, to line up with the program's other options.
 */
export function webApiUsage(optionWidth: number): string {
  return [
    'A real CPlugin WebAPI instead of the simulator:',
    ...rows.map(([option, text]) => `  ${option.padEnd(optionWidth)} ${text}`),
  ].join('\n');
}
