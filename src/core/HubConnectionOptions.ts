import type {
  HttpTransportType,
  IHttpConnectionOptions,
  IHubProtocol,
  IRetryPolicy,
  IStatefulReconnectOptions,
  LogLevel,
} from '@microsoft/signalr';
import type { BackoffConfig } from './BackoffConfig';

/** How `hubConnectionFactory` (and `createRxHub`) builds a `@microsoft/signalr` HubConnection. */
export interface HubConnectionOptions {
  /** Supplies the bearer token for every (re)connect, e.g. `clientCredentials(...).accessTokenFactory`. */
  readonly accessTokenFactory?: () => string | Promise<string>;
  /** The transports to allow. Default: SignalR's choice (WebSockets first). */
  readonly transport?: HttpTransportType;
  /** Skip the negotiate request (WebSockets only). Default false. */
  readonly skipNegotiation?: boolean;
  /** SignalR's automatic reconnect: a retry policy, backoff settings, or `false` for none. Default: SignalR's own (0, 2, 10, 30 s). */
  readonly reconnect?: IRetryPolicy | BackoffConfig | false;
  /**
   * SignalR's stateful reconnect (WebSockets): a brief transport drop is bridged without losing the connection,
   * its server-side groups or any message in between, so there is no gap and nothing to resubscribe. The server
   * must allow it (`AllowStatefulReconnects`). `true`, or the size of the replay buffer. Default: off.
   */
  readonly statefulReconnect?: boolean | IStatefulReconnectOptions;
  /**
   * How long the client waits for any message from the server (a keep-alive at least) before it takes the
   * connection for dead and reconnects, in ms. Keep it about twice the server's keep-alive interval, or more.
   * Default: SignalR's 30 000.
   */
  readonly serverTimeoutInMilliseconds?: number;
  /**
   * How often the client pings a server that hears nothing else from it, in ms; keep it below the server's client
   * timeout. Default: SignalR's 15 000.
   */
  readonly keepAliveIntervalInMilliseconds?: number;
  /**
   * The hub protocol. Default: SignalR's JSON. For MessagePack, `messagePack()` from `rxhub/msgpack`, its own entry
   * point, so that `rxhub` never loads `@microsoft/signalr-protocol-msgpack` unless you ask for it.
   */
  readonly protocol?: IHubProtocol;
  /** The lowest level logged, to the console, with tokens redacted. Default `LogLevel.Error`. */
  readonly logLevel?: LogLevel;
  /** Anything else SignalR's `withUrl` takes (headers, timeouts, a custom transport). */
  readonly http?: Omit<IHttpConnectionOptions, 'accessTokenFactory' | 'transport' | 'skipNegotiation' | 'logger'>;
}
