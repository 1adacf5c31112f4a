import { inspect } from 'node:util';
import { createMT5Hub } from '../../src';

describe('createMT5Hub', () => {
  it('keeps no copy of the client secret where a log or a debugger would show it', () => {
    const mt5 = createMT5Hub('http://127.0.0.1:9/hubs/mt5/v1', {
      tradePlatform: 'demo',
      credentials: { clientId: 'me', clientSecret: 's3cret' },
    });
    expect(inspect(mt5, { depth: 10, showHidden: true })).not.toContain('s3cret');
  });
});
