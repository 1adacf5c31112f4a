import { AuthenticationError } from '../core/errors/AuthenticationError';
import type { ClientCredentialsConfig } from './ClientCredentialsConfig';
import type { TokenProvider } from './TokenProvider';

/**
 * Gets and caches bearer tokens with the OAuth 2.0 client-credentials grant, and refreshes them before they
 * expire. Refused credentials fail with an `AuthenticationError`, which RxHub does not retry; the secret and the
 * tokens never appear in an error message.
 *
 * `createRxHub(url, { credentials })` makes one and wires it for you. Built by hand, the provider goes to both
 * ends: its `accessTokenFactory` to the connection, and the provider itself to the `RxHub` as `tokens`, which
 * invalidates the token whenever the connection is lost.
 *
 * @example
 * ```ts
 * import { clientCredentials, hubConnectionFactory, RxHub } from 'rxhub';
 *
 * const tokens = clientCredentials({
 *   tokenUrl: 'http://127.0.0.1:5080/connect/token',
 *   clientId: 'rxhub-demo',
 *   clientSecret: 'rxhub-secret',
 * });
 * const url = 'http://127.0.0.1:5080/hubs/mt4/v1';
 * const hub = new RxHub(hubConnectionFactory(url, { accessTokenFactory: tokens.accessTokenFactory }), { tokens });
 * ```
 */
export function clientCredentials(config: ClientCredentialsConfig): TokenProvider {
  const { tokenUrl, clientId, clientSecret, scope, refreshBefore = 30_000, now = Date.now } = config;
  const request = config.fetch ?? fetch;
  let cached: { readonly token: string; readonly refreshAt: number } | undefined;
  let pending: Promise<string> | undefined;

  const fetchToken = async (): Promise<string> => {
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
    });
    if (scope) body.set('scope', scope);
    const response = await request(tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
    const json = (await response.json().catch(() => ({}))) as {
      access_token?: unknown;
      expires_in?: unknown;
      error?: unknown;
    };
    if (!response.ok) {
      const reason = `token request refused: HTTP ${response.status}${typeof json.error === 'string' ? ` ${json.error}` : ''}`;
      const error = new Error(reason);
      throw response.status === 400 || response.status === 401 || response.status === 403
        ? new AuthenticationError(error)
        : error;
    }
    if (typeof json.access_token !== 'string') throw new Error(`token response from ${tokenUrl} has no access_token`);
    const lifetime = typeof json.expires_in === 'number' ? json.expires_in * 1000 : Infinity;
    cached = { token: json.access_token, refreshAt: now() + lifetime - Math.min(refreshBefore, lifetime / 5) };
    return json.access_token;
  };

  return {
    accessTokenFactory: () => {
      if (cached && now() < cached.refreshAt) return Promise.resolve(cached.token);
      pending ??= fetchToken().finally(() => (pending = undefined));
      return pending;
    },
    invalidate: () => {
      cached = undefined;
    },
  };
}
