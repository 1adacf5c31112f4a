import { clientCredentials } from '../../auth/clientCredentials';
import type { TokenProvider } from '../../auth/TokenProvider';
import type { CreateRxHubOptions } from '../CreateRxHubOptions';
import type { HubConnectionLike } from '../HubConnectionLike';
import { hubConnectionFactory } from '../hubConnectionFactory';
import type { RxHubConfig } from '../RxHubConfig';

/** What `createRxHub` gives an `RxHub`: the factory of its connections, and its config with the token provider. */
export interface HubParts {
  readonly connect: () => HubConnectionLike;
  readonly config: RxHubConfig & { readonly tokens?: TokenProvider };
}

/**
 * The connection factory for `url` and the token provider wired to it, from `createRxHub`'s options (the same
 * wiring serves `rxhub/angular`'s `provideRxHub`).
 *
 * @throws TypeError when given both `credentials` and `accessTokenFactory`.
 */
export function hubParts(url: string, options: CreateRxHubOptions): HubParts {
  const { credentials, accessTokenFactory, ...rest } = options;
  if (credentials && accessTokenFactory)
    throw new TypeError('give either credentials or an accessTokenFactory, not both');
  const tokens =
    credentials && clientCredentials({ ...credentials, tokenUrl: credentials.tokenUrl ?? tokenUrlOf(url) });
  // The options hold both hubConnectionFactory's and RxHub's: each reads only its own.
  const connect = hubConnectionFactory(url, {
    ...rest,
    accessTokenFactory: tokens?.accessTokenFactory ?? accessTokenFactory,
  });
  return { connect, config: { ...rest, tokens } };
}

/** `/connect/token` at the hub's origin; relative, like the hub's URL, when that is relative (a browser's own origin). */
function tokenUrlOf(url: string): string {
  try {
    return new URL('/connect/token', url).href;
  } catch {
    return '/connect/token';
  }
}
