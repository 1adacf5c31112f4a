import {
  HubConnectionBuilder,
  LogLevel,
  type HubConnection,
  type ILogger,
  type IRetryPolicy,
} from '@microsoft/signalr';
import type { HubConnectionOptions } from './HubConnectionOptions';
import { closingEventSource, type EventSourceClass } from './internal/closingEventSource';
import { redact } from './internal/redact';
import { isAuthError } from './isAuthError';
import { retryPolicy } from './retryPolicy';

/**
 * A factory of `@microsoft/signalr` HubConnections with sensible defaults for RxHub: automatic reconnect that
 * stops at a refused token (RxHub then refreshes it once, or fails clearly), a console logger at Error level
 * that never prints a token, and Server-Sent Events sources closed when they fail to open (SignalR leaves them
 * to reconnect by themselves, for good).
 *
 * `createRxHub` builds its connections with it; call it yourself to give the factory to `new RxHub(...)` with a
 * config of your own.
 *
 * @example
 * ```ts
 * import { hubConnectionFactory, RxHub, TestHub } from 'rxhub';
 *
 * const hub = new RxHub(hubConnectionFactory('http://127.0.0.1:5080/hubs/test/v1', { statefulReconnect: true }));
 * new TestHub(hub).clock().subscribe((time) => console.log(time));
 * ```
 */
export function hubConnectionFactory(url: string, options: HubConnectionOptions = {}): () => HubConnection {
  const {
    accessTokenFactory,
    transport,
    skipNegotiation,
    reconnect,
    statefulReconnect,
    serverTimeoutInMilliseconds,
    keepAliveIntervalInMilliseconds,
    protocol,
    logLevel = LogLevel.Error,
    http,
  } = options;
  const logger: ILogger = {
    log: (level, message) => {
      if (level < logLevel || level === LogLevel.None) return;
      (level >= LogLevel.Error ? console.error : console.warn)(`[signalr] ${redact(message)}`);
    },
  };
  const policy = reconnect === undefined || reconnect === false ? SIGNALR_DELAYS : retryPolicy(reconnect);
  return () => {
    const builder = new HubConnectionBuilder()
      .withUrl(url, { ...http, accessTokenFactory, transport, skipNegotiation, logger })
      .configureLogging(logger);
    if (protocol) builder.withHubProtocol(protocol);
    if (serverTimeoutInMilliseconds !== undefined) builder.withServerTimeout(serverTimeoutInMilliseconds);
    if (keepAliveIntervalInMilliseconds !== undefined) builder.withKeepAliveInterval(keepAliveIntervalInMilliseconds);
    if (statefulReconnect) builder.withStatefulReconnect(statefulReconnect === true ? undefined : statefulReconnect);
    // A refused token is not retried by SignalR: RxHub refreshes it once, then fails clearly.
    if (reconnect !== false) {
      builder.withAutomaticReconnect({
        nextRetryDelayInMilliseconds: (context) =>
          isAuthError(context.retryReason) ? null : policy.nextRetryDelayInMilliseconds(context),
      });
    }
    const connection = builder.build();
    // Building chose the platform's EventSource (in Node, SignalR's own package) into the builder's options, which
    // the connection keeps and reads on every start. Wrapped, a failed Server-Sent Events start leaves no source
    // retrying behind. The options are SignalR's internals: test/functional/hubConnectionFactory.spec.ts pins this.
    const { httpConnectionOptions: options } = builder as unknown as {
      httpConnectionOptions?: { EventSource?: EventSourceClass };
    };
    if (options?.EventSource) options.EventSource = closingEventSource(options.EventSource);
    return connection;
  };
}

/** SignalR's own default: 0, 2, 10 and 30 seconds, then give up. */
const SIGNALR_DELAYS: IRetryPolicy = {
  nextRetryDelayInMilliseconds: ({ previousRetryCount }) => [0, 2000, 10_000, 30_000][previousRetryCount] ?? null,
};
