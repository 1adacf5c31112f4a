import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { firstValueFrom } from 'rxjs';
import { ConnectionFailedError } from 'rxhub';
import { programMt4Hub } from '../../cli/programMt4Hub';

/** A loopback server that hands out one token, records every request and refuses every negotiation with a 503. */
async function refusingServer(): Promise<{ url: string; requests: string[]; server: Server }> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url?.split('?')[0]} ${request.headers.authorization ?? '-'}`);
    if (request.url === '/connect/token') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ access_token: 'from-credentials', expires_in: 300 }));
    } else {
      response.writeHead(503);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, server };
}

describe('programMt4Hub', () => {
  let site: Awaited<ReturnType<typeof refusingServer>>;
  beforeEach(async () => (site = await refusingServer()));
  afterEach(() => new Promise((resolve) => site.server.close(resolve)));

  it('connects only when subscribed, with the bearer token, and gives up after connectTimeoutMs', async () => {
    const mt4 = programMt4Hub(`${site.url}/hubs/mt4/v1`, {
      tradePlatform: 'demo',
      accessTokenFactory: () => 'abc',
      connectTimeoutMs: 0,
    });
    expect(site.requests).toEqual([]);
    await expect(firstValueFrom(mt4.ticks('EURUSD'))).rejects.toBeInstanceOf(ConnectionFailedError);
    expect(site.requests).toEqual(['POST /hubs/mt4/v1/negotiate Bearer abc']);
  });

  it('gets its token from the token endpoint with client credentials', async () => {
    const mt4 = programMt4Hub(`${site.url}/hubs/mt4/v1`, {
      tradePlatform: 'demo',
      credentials: { tokenUrl: `${site.url}/connect/token`, clientId: 'me', clientSecret: 's3cret' },
      connectTimeoutMs: 0,
    });
    await expect(firstValueFrom(mt4.ticks('EURUSD'))).rejects.toBeInstanceOf(ConnectionFailedError);
    expect(site.requests).toEqual(['POST /connect/token -', 'POST /hubs/mt4/v1/negotiate Bearer from-credentials']);
  });

  it('connects without a token when given none', async () => {
    const mt4 = programMt4Hub(`${site.url}/hubs/mt4/v1`, { tradePlatform: 'demo', connectTimeoutMs: 0 });
    await expect(firstValueFrom(mt4.ticks('EURUSD'))).rejects.toBeInstanceOf(ConnectionFailedError);
    expect(site.requests).toEqual(['POST /hubs/mt4/v1/negotiate -']);
  });
});
