import { httpUrl } from '../../cli/httpUrl';
import { UsageError } from '../../cli/UsageError';

describe('httpUrl', () => {
  it('takes http and https URLs', () => {
    expect(httpUrl('--url', 'https://webapi.example.com').href).toBe('https://webapi.example.com/');
    expect(httpUrl('--url', 'http://127.0.0.1:5080/base').href).toBe('http://127.0.0.1:5080/base');
  });

  it.each(['ftp://example', 'example.com', ''])('refuses %j, naming the option', (text) => {
    const parse = () => httpUrl('--token-url', text);
    expect(parse).toThrow(UsageError);
    expect(parse).toThrow(`--token-url must be an http(s) URL, not ${JSON.stringify(text)}`);
  });
});
