import { webApiUsage } from '../../cli/webApiUsage';

describe('webApiUsage', () => {
  it('lists --url and the authentication options, padded to the width asked for', () => {
    expect(webApiUsage(24).split('\n')).toEqual([
      'A real CPlugin WebAPI instead of the simulator:',
      "  --url <url>              the WebAPI's base URL (…/hubs/mt4/v1 is appended) or the MT4 hub's URL",
      '  --token <token>          a bearer token, or:',
      '  --client-id <id>         client credentials for the token endpoint,',
      '  --client-secret <secret> (or the RXHUB_CLIENT_SECRET environment variable)',
      '  --token-url <url>        the token endpoint (default: <url>/connect/token)',
    ]);
  });

  it('starts every description in the column after the padded options', () => {
    for (const line of webApiUsage(30).split('\n').slice(1)) {
      expect(line.slice(0, 33)).toMatch(/^ {2}--\S+ <\w+> +$/);
      expect(line[33]).not.toBe(' ');
    }
  });
});
