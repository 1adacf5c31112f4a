import { HubConnectionState, LogLevel } from '@microsoft/signalr';
import { first } from 'rxjs';
import { clientCredentials, hubConnectionFactory, MT4Hub, RxHub, type TokenProvider } from 'rxhub';
import type { ConnectOptions } from './ConnectOptions';
import { firstConnectPolicy } from './firstConnectPolicy';

/**
 * An `MT4Hub` on its own `RxHub` (`mt4.hub`): token from client credentials (refreshed after every loss) or a fixed
 * bearer token; SignalR's console logging off (the programs report the connection state themselves). Nothing
 * connects until something subscribes. Reconnects for ever once it has connected; before that, gives up after
 * `connectTimeoutMs` with a `ConnectionFailedError` to every subscriber.
 */
export function connectMt4(options: ConnectOptions): MT4Hub {
  const tokens: TokenProvider | undefined = options.credentials && clientCredentials(options.credentials);
  const token = options.token;
  let connected = false;
  const hub = new RxHub(
    hubConnectionFactory(options.hubUrl, {
      accessTokenFactory: tokens?.accessTokenFactory ?? (token === undefined ? undefined : () => token),
      logLevel: LogLevel.None,
    }),
    { tokens, restart: firstConnectPolicy(options.connectTimeoutMs, () => connected) },
  );
  hub.state$.pipe(first((state) => state === HubConnectionState.Connected)).subscribe(() => (connected = true));
  return new MT4Hub(hub, { tradePlatform: options.platform });
}
