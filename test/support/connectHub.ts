import {
  HubConnectionBuilder,
  HttpTransportType,
  LogLevel,
  type HubConnection,
  type IHttpConnectionOptions,
} from '@microsoft/signalr';

/** How `connectHub` builds its connection. */
export interface ConnectHubOptions {
  /** A bearer token, or a factory of one (called on every (re)connect). */
  readonly token?: string | (() => string | Promise<string>);
  /** Default WebSockets. Use ServerSentEvents to send the token as `?access_token=` from Node. */
  readonly transport?: HttpTransportType;
  /** Retry delays of SignalR's automatic reconnect; none when absent. */
  readonly reconnectDelays?: readonly number[];
  /** Use `withStatefulReconnect()` (WebSockets only): one silent transport reconnect keeping the connection id. */
  readonly statefulReconnect?: boolean;
  /** Start the connection before resolving. Default true. */
  readonly start?: boolean;
  /** Client log level. Default None: the specs assert, they do not print. */
  readonly logLevel?: LogLevel;
}

/**
 * A real `@microsoft/signalr` HubConnection to `baseUrl + path` (e.g. `/hubs/mt4/v1`), started unless asked not to.
 */
export async function connectHub(
  baseUrl: string,
  path: string,
  options: ConnectHubOptions = {},
): Promise<HubConnection> {
  const { token } = options;
  const http: IHttpConnectionOptions = {
    transport: options.transport ?? HttpTransportType.WebSockets,
    ...(token === undefined ? {} : { accessTokenFactory: typeof token === 'string' ? () => token : token }),
  };
  let builder = new HubConnectionBuilder()
    .withUrl(`${baseUrl}${path}`, http)
    .configureLogging(options.logLevel ?? LogLevel.None);
  if (options.reconnectDelays) builder = builder.withAutomaticReconnect([...options.reconnectDelays]);
  if (options.statefulReconnect) builder = builder.withStatefulReconnect();
  const connection = builder.build();
  if (options.start ?? true) await connection.start();
  return connection;
}
