import type { HttpTransportType, IHttpConnectionOptions, IRetryPolicy, LogLevel } from '@microsoft/signalr';
import type { BackoffConfig } from './BackoffConfig';

/** How `hubConnection` builds a `@microsoft/signalr` HubConnection. */
export interface HubConnectionOptions {
  /** Supplies the bearer token for every (re)connect, e.g. `clientCredentials(...).accessTokenFactory`. */
  readonly accessTokenFactory?: () => string | Promise<string>;
  /** The transports to allow. Default: SignalR's choice (WebSockets first). */
  readonly transport?: HttpTransportType;
  /** Skip the negotiate request (WebSockets only). Default false. */
  readonly skipNegotiation?: boolean;
  /** SignalR's automatic reconnect: a retry policy, backoff settings, or `false` for none. Default: SignalR's own (0, 2, 10, 30 s). */
  readonly reconnect?: IRetryPolicy | BackoffConfig | false;
  /** The lowest level logged, to the console, with tokens redacted. Default `LogLevel.Error`. */
  readonly logLevel?: LogLevel;
  /** Anything else SignalR's `withUrl` takes (headers, timeouts, a custom transport). */
  readonly http?: Omit<IHttpConnectionOptions, 'accessTokenFactory' | 'transport' | 'skipNegotiation' | 'logger'>;
}
