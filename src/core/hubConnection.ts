import {
  HubConnectionBuilder,
  LogLevel,
  type HubConnection,
  type ILogger,
  type IRetryPolicy,
} from '@microsoft/signalr';
import { backoff } from './backoff';
import type { HubConnectionOptions } from './HubConnectionOptions';
import { redact } from './internal/redact';
import { isAuthError } from './isAuthError';

/**
 * A factory of `@microsoft/signalr` HubConnections with sensible defaults for RxHub: automatic reconnect that
 * stops at a refused token (RxHub then refreshes it once, or fails clearly), and a console logger at Error level
 * that never prints a token.
 *
 * @example
 * ```ts
 * import { hubConnection, RxHub, TestHub } from 'rxhub';
 *
 * const hub = new RxHub(hubConnection('http://127.0.0.1:5080/hubs/test/v1'));
 * new TestHub(hub).clock().subscribe((time) => console.log(time));
 * ```
 */
export function hubConnection(url: string, options: HubConnectionOptions = {}): () => HubConnection {
  const {
    accessTokenFactory,
    transport,
    skipNegotiation,
    reconnect,
    statefulReconnect,
    logLevel = LogLevel.Error,
    http,
  } = options;
  const logger: ILogger = {
    log: (level, message) => {
      if (level < logLevel || level === LogLevel.None) return;
      (level >= LogLevel.Error ? console.error : console.warn)(`[signalr] ${redact(message)}`);
    },
  };
  return () => {
    const builder = new HubConnectionBuilder()
      .withUrl(url, { ...http, accessTokenFactory, transport, skipNegotiation, logger })
      .configureLogging(logger);
    if (statefulReconnect) builder.withStatefulReconnect(statefulReconnect === true ? undefined : statefulReconnect);
    if (reconnect === false) return builder.build();
    const policy =
      reconnect === undefined
        ? SIGNALR_DELAYS
        : 'nextRetryDelayInMilliseconds' in reconnect
          ? reconnect
          : backoff(reconnect);
    // A refused token is not retried by SignalR: RxHub refreshes it once, then fails clearly.
    return builder
      .withAutomaticReconnect({
        nextRetryDelayInMilliseconds: (context) =>
          isAuthError(context.retryReason) ? null : policy.nextRetryDelayInMilliseconds(context),
      })
      .build();
  };
}

/** SignalR's own default: 0, 2, 10 and 30 seconds, then give up. */
const SIGNALR_DELAYS: IRetryPolicy = {
  nextRetryDelayInMilliseconds: ({ previousRetryCount }) => [0, 2000, 10_000, 30_000][previousRetryCount] ?? null,
};
