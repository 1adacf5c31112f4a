import { webApiUrls } from '../../cli/webApiUrls';

describe('webApiUrls', () => {
  it.each([
    ['https://webapi.example.com', 'https://webapi.example.com/hubs/mt4/v1'],
    ['https://webapi.example.com/', 'https://webapi.example.com/hubs/mt4/v1'],
    ['http://127.0.0.1:5080/api//', 'http://127.0.0.1:5080/api/hubs/mt4/v1'],
    ['http://127.0.0.1:5080/hubs/mt4/v1/', 'http://127.0.0.1:5080/hubs/mt4/v1'],
    ['http://127.0.0.1:5080/hubs/mt5/v1', 'http://127.0.0.1:5080/hubs/mt5/v1'],
  ])('takes %j as the hub %j', (url, hubUrl) => {
    expect(webApiUrls(url).hubUrl).toBe(hubUrl);
  });

  it('puts the token endpoint at the same origin', () => {
    expect(webApiUrls('https://webapi.example.com:8443/api/hubs/mt4/v1').tokenUrl).toBe(
      'https://webapi.example.com:8443/connect/token',
    );
  });

  it('refuses what is not an http(s) URL, as --url', () => {
    expect(() => webApiUrls('ftp://example')).toThrow('--url must be an http(s) URL, not "ftp://example"');
  });
});
