import { LogLevel } from '@microsoft/signalr';
import { firstValueFrom } from 'rxjs';
import { AuthenticationError, ConnectionFailedError, createRxHub, TestHub } from 'rxhub';
import { loopbackWebApi, type LoopbackWebApi } from '../support/loopbackWebApi';

/** A restart policy that never restarts: the first failure is the subscriber's error. */
const noRestart = { nextRetryDelayInMilliseconds: () => null };

describe('createRxHub', () => {
  let api: LoopbackWebApi;
  afterEach(() => new Promise((resolve) => api.server.close(resolve)));

  describe('with client credentials', () => {
    beforeEach(async () => (api = await loopbackWebApi(401)));

    it("connects only when subscribed, with a token from /connect/token at the hub's origin", async () => {
      const hub = createRxHub(`${api.url}/hubs/test/v1`, {
        credentials: { clientId: 'me', clientSecret: 's3cret' },
        restart: noRestart,
        logLevel: LogLevel.None,
      });
      expect(api.requests).toEqual([]);
      await expect(firstValueFrom(new TestHub(hub).clock())).rejects.toBeInstanceOf(AuthenticationError);
      expect(api.requests.slice(0, 2)).toEqual([
        'POST /connect/token -',
        'POST /hubs/test/v1/negotiate Bearer token-1',
      ]);
    });

    it('wires the token provider to the RxHub as well: a refused token is fetched afresh, once', async () => {
      const hub = createRxHub(`${api.url}/hubs/test/v1`, {
        credentials: { clientId: 'me', clientSecret: 's3cret' },
        restart: noRestart,
        logLevel: LogLevel.None,
      });
      await expect(firstValueFrom(new TestHub(hub).clock())).rejects.toBeInstanceOf(AuthenticationError);
      expect(api.requests).toEqual([
        'POST /connect/token -',
        'POST /hubs/test/v1/negotiate Bearer token-1',
        'POST /connect/token -',
        'POST /hubs/test/v1/negotiate Bearer token-2',
      ]);
    });

    it('uses the tokenUrl it is given', async () => {
      const hub = createRxHub(`${api.url}/hubs/test/v1`, {
        credentials: { tokenUrl: `${api.url}/auth/token`, clientId: 'me', clientSecret: 's3cret' },
        restart: noRestart,
        logLevel: LogLevel.None,
      });
      await expect(firstValueFrom(new TestHub(hub).clock())).rejects.toBeInstanceOf(AuthenticationError);
      expect(api.requests[0]).toBe('POST /auth/token -');
    });
  });

  describe('with an access-token factory, or none', () => {
    beforeEach(async () => (api = await loopbackWebApi(503)));

    it("sends the factory's token, and the connection's and RxHub's options reach them", async () => {
      const hub = createRxHub(`${api.url}/hubs/test/v1`, {
        accessTokenFactory: () => 'abc',
        http: { headers: { 'x-rxhub-test': 'yes' } },
        restart: noRestart,
        logLevel: LogLevel.None,
      });
      await expect(firstValueFrom(new TestHub(hub).clock())).rejects.toBeInstanceOf(ConnectionFailedError);
      expect(api.requests).toEqual(['POST /hubs/test/v1/negotiate Bearer abc']);
      expect(api.headers[0]['x-rxhub-test']).toBe('yes');
    });

    it('connects without a token when given neither', async () => {
      const hub = createRxHub(`${api.url}/hubs/test/v1`, { restart: noRestart, logLevel: LogLevel.None });
      await expect(firstValueFrom(new TestHub(hub).clock())).rejects.toBeInstanceOf(ConnectionFailedError);
      expect(api.requests).toEqual(['POST /hubs/test/v1/negotiate -']);
    });
  });

  it('refuses credentials and an access-token factory together, before anything connects', () => {
    expect(() =>
      createRxHub('http://127.0.0.1:9/hubs/test/v1', {
        credentials: { clientId: 'me', clientSecret: 's3cret' },
        accessTokenFactory: () => 'abc',
      }),
    ).toThrow(new TypeError('give either credentials or an accessTokenFactory, not both'));
  });
});
