import { HubConnectionState, LogLevel, type IRetryPolicy } from '@microsoft/signalr';
import { first } from 'rxjs';
import { backoff, clientCredentials, hubConnection, MT4Hub, RxHub, type TokenProvider } from 'rxhub';

/** Where the bot connects and how it authenticates. */
export interface ConnectOptions {
  readonly hubUrl: string;
  readonly platform: string;
  readonly token?: string;
  readonly credentials?: { readonly tokenUrl: string; readonly clientId: string; readonly clientSecret: string };
  /** Give up when the first connection has not succeeded after this long, in ms. */
  readonly connectTimeoutMs: number;
}

/**
 * An `MT4Hub` on its own `RxHub`: token from client credentials (refreshed after every loss) or a fixed bearer
 * token; SignalR's console logging off. Reconnects for ever once it has connected; before that, gives up after
 * `connectTimeoutMs` with a `ConnectionFailedError` to every subscriber.
 */
export function connect(options: ConnectOptions): MT4Hub {
  const tokens: TokenProvider | undefined = options.credentials && clientCredentials(options.credentials);
  const token = options.token;
  let connected = false;
  const retries = backoff({ baseDelay: 500, maxDelay: 5_000 });
  const restart: IRetryPolicy = {
    nextRetryDelayInMilliseconds: (context) =>
      !connected && context.elapsedMilliseconds >= options.connectTimeoutMs
        ? null
        : retries.nextRetryDelayInMilliseconds(context),
  };
  const hub = new RxHub(
    hubConnection(options.hubUrl, {
      accessTokenFactory: tokens?.accessTokenFactory ?? (token === undefined ? undefined : () => token),
      logLevel: LogLevel.None,
    }),
    { tokens, restart },
  );
  hub.state$.pipe(first((state) => state === HubConnectionState.Connected)).subscribe(() => (connected = true));
  return new MT4Hub(hub, { tradePlatform: options.platform });
}
