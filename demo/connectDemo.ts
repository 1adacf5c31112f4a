import { HubConnectionState, LogLevel } from '@microsoft/signalr';
import { first } from 'rxjs';
import { clientCredentials, hubConnection, MT4Hub, RxHub, type TokenProvider } from 'rxhub';
import type { DemoConnection } from './DemoConnection';
import type { DemoTarget } from './DemoOptions';
import { firstConnectPolicy } from './firstConnectPolicy';

/**
 * An `RxHub` and an `MT4Hub` for the target: the simulator (with its demo client credentials) or a WebAPI given on
 * the command line. Nothing connects until something subscribes. SignalR's own console logging is off: the
 * dashboard shows the connection state itself.
 */
export function connectMt4(
  target: DemoTarget,
  simulatorUrl: string | undefined,
  platform: string,
  connectTimeoutMs: number,
): DemoConnection {
  let hubUrl: string;
  let tokens: TokenProvider | undefined;
  let accessTokenFactory: (() => string | Promise<string>) | undefined;
  if (target.kind === 'simulator') {
    if (!simulatorUrl) throw new Error('the simulator is not running');
    hubUrl = `${simulatorUrl}/hubs/mt4/v1`;
    tokens = clientCredentials({
      tokenUrl: `${simulatorUrl}/connect/token`,
      clientId: 'rxhub-demo',
      clientSecret: 'rxhub-secret',
    });
  } else {
    hubUrl = target.hubUrl;
    const { auth } = target;
    if (auth.kind === 'client-credentials') tokens = clientCredentials(auth);
    else if (auth.kind === 'token') accessTokenFactory = () => auth.token;
  }
  let connectedOnce = false;
  const hub = new RxHub(
    hubConnection(hubUrl, {
      accessTokenFactory: tokens?.accessTokenFactory ?? accessTokenFactory,
      logLevel: LogLevel.None,
    }),
    { tokens, restart: firstConnectPolicy(connectTimeoutMs, () => connectedOnce) },
  );
  hub.state$.pipe(first((state) => state === HubConnectionState.Connected)).subscribe(() => (connectedOnce = true));
  return { hub, mt4: new MT4Hub(hub, { tradePlatform: platform }), hubUrl };
}
