import { inspect } from 'node:util';
import { createMT4Hub } from '../../src';

describe('createMT4Hub', () => {
  const url = 'http://127.0.0.1:9/hubs/mt4/v1';

  it('keeps no copy of the client secret where a log or a debugger would show it', () => {
    const mt4 = createMT4Hub(url, { tradePlatform: 'demo', credentials: { clientId: 'me', clientSecret: 's3cret' } });
    expect(inspect(mt4, { depth: 10, showHidden: true })).not.toContain('s3cret');
  });

  it('refuses credentials and an access-token factory together, before anything connects', () => {
    expect(() =>
      createMT4Hub(url, {
        tradePlatform: 'demo',
        credentials: { clientId: 'me', clientSecret: 's3cret' },
        accessTokenFactory: () => 'abc',
      }),
    ).toThrow(new TypeError('give either credentials or an accessTokenFactory, not both'));
  });
});
