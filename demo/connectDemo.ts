import type { CreateRxHubOptions } from 'rxhub';
import { programMt4Hub } from '../cli/programMt4Hub';
import { simulatorConnection } from '../cli/simulatorConnection';
import type { DemoConnection } from './DemoConnection';
import type { DemoTarget } from './DemoOptions';

/**
 * An `RxHub` and an `MT4Hub` for the target: the simulator (with its demo client credentials) or a WebAPI given on
 * the command line. Nothing connects until something subscribes.
 */
export function connectDemo(
  target: DemoTarget,
  simulatorUrl: string | undefined,
  platform: string,
  connectTimeoutMs: number,
): DemoConnection {
  let hubUrl: string;
  let auth: Pick<CreateRxHubOptions, 'credentials' | 'accessTokenFactory'>;
  if (target.kind === 'simulator') {
    if (!simulatorUrl) throw new Error('the simulator is not running');
    ({ hubUrl, ...auth } = simulatorConnection(simulatorUrl));
  } else {
    hubUrl = target.hubUrl;
    const { auth: given } = target;
    if (given.kind === 'client-credentials') auth = { credentials: given };
    else if (given.kind === 'token') auth = { accessTokenFactory: () => given.token };
    else auth = {};
  }
  const mt4 = programMt4Hub(hubUrl, { ...auth, tradePlatform: platform, connectTimeoutMs });
  return { hub: mt4.hub, mt4, hubUrl };
}
