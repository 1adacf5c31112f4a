import { HubConnectionState, LogLevel } from '@microsoft/signalr';
import { first } from 'rxjs';
import { createMT4Hub, type CreateMT4HubOptions, type MT4Hub } from 'rxhub';
import { firstConnectPolicy } from './firstConnectPolicy';

/** How the programs connect: `createMT4Hub`'s options, and how long the first connection may take. */
export interface ProgramMt4HubOptions extends Omit<CreateMT4HubOptions, 'restart' | 'logLevel'> {
  /** Give up when the first connection has not succeeded after this long, in ms. */
  readonly connectTimeoutMs: number;
}

/**
 * `createMT4Hub` as the command-line programs want it: SignalR's console logging off (the programs report the
 * connection state themselves), reconnecting for ever once it has connected, but before that giving up after
 * `connectTimeoutMs` with a `ConnectionFailedError` to every subscriber. Nothing connects until something subscribes.
 */
export function programMt4Hub(url: string, options: ProgramMt4HubOptions): MT4Hub {
  const { connectTimeoutMs, ...rest } = options;
  let connected = false;
  const mt4 = createMT4Hub(url, {
    ...rest,
    logLevel: LogLevel.None,
    restart: firstConnectPolicy(connectTimeoutMs, () => connected),
  });
  mt4.hub.state$.pipe(first((state) => state === HubConnectionState.Connected)).subscribe(() => (connected = true));
  return mt4;
}
