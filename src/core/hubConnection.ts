import { HubConnectionBuilder, LogLevel, type HubConnection, type ILogger } from '@microsoft/signalr';
import { backoff } from './backoff';
import type { HubConnectionOptions } from './HubConnectionOptions';
import { redact } from './internal/redact';

/**
 * A factory of `@microsoft/signalr` HubConnections with sensible defaults for RxHub: automatic reconnect, and a
 * console logger at Error level that never prints a token.
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
  const { accessTokenFactory, transport, skipNegotiation, reconnect, logLevel = LogLevel.Error, http } = options;
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
    if (reconnect === false) return builder.build();
    if (reconnect === undefined) return builder.withAutomaticReconnect().build();
    return builder
      .withAutomaticReconnect('nextRetryDelayInMilliseconds' in reconnect ? reconnect : backoff(reconnect))
      .build();
  };
}
