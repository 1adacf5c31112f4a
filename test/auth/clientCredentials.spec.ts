import { AuthenticationError, clientCredentials, isAuthError } from '../../src';

function tokenServer(responses: { status: number; body: unknown }[]) {
  const requests: string[] = [];
  const fetch = jest.fn(async (_url: unknown, init?: RequestInit) => {
    requests.push(String(init?.body));
    const { status, body } = responses[Math.min(requests.length - 1, responses.length - 1)];
    return new Response(JSON.stringify(body), { status });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, requests };
}

describe('clientCredentials', () => {
  const config = { tokenUrl: 'http://127.0.0.1:1/connect/token', clientId: 'demo', clientSecret: 's3cret' };

  it('posts the client-credentials grant and caches the token until shortly before it expires', async () => {
    let clock = 0;
    const server = tokenServer([
      { status: 200, body: { access_token: 'first', expires_in: 100 } },
      { status: 200, body: { access_token: 'second', expires_in: 100 } },
    ]);
    const tokens = clientCredentials({ ...config, fetch: server.fetch, now: () => clock });
    await expect(tokens.accessTokenFactory()).resolves.toBe('first');
    clock = 79_000;
    await expect(tokens.accessTokenFactory()).resolves.toBe('first');
    clock = 80_000;
    await expect(tokens.accessTokenFactory()).resolves.toBe('second');
    expect(server.requests[0]).toBe('grant_type=client_credentials&client_id=demo&client_secret=s3cret');
  });

  it('refreshes on demand only: it keeps no timer, so nothing it holds keeps a process alive', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask'] });
    try {
      const server = tokenServer([{ status: 200, body: { access_token: 'first', expires_in: 100 } }]);
      const tokens = clientCredentials({ ...config, fetch: server.fetch });
      await expect(tokens.accessTokenFactory()).resolves.toBe('first');
      tokens.invalidate();
      expect(jest.getTimerCount()).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });

  it('fetches a new token after invalidate, and shares one request between concurrent callers', async () => {
    const server = tokenServer([
      { status: 200, body: { access_token: 'a', expires_in: 300 } },
      { status: 200, body: { access_token: 'b', expires_in: 300 } },
    ]);
    const tokens = clientCredentials({ ...config, fetch: server.fetch });
    await expect(Promise.all([tokens.accessTokenFactory(), tokens.accessTokenFactory()])).resolves.toEqual(['a', 'a']);
    tokens.invalidate();
    await expect(tokens.accessTokenFactory()).resolves.toBe('b');
    expect(server.requests).toHaveLength(2);
  });

  it('fails refused credentials with an AuthenticationError that names no secret', async () => {
    const server = tokenServer([{ status: 400, body: { error: 'invalid_client' } }]);
    const tokens = clientCredentials({ ...config, fetch: server.fetch });
    const error = await tokens.accessTokenFactory().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toBe('Authentication failed: token request refused: HTTP 400 invalid_client');
    expect(isAuthError(new Error(`Failed to complete negotiation with the server: ${error}`))).toBe(true);
    expect((error as Error).message).not.toContain('s3cret');
  });
});
