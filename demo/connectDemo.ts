import { connectMt4 } from '../cli/connectMt4';
import type { ConnectOptions } from '../cli/ConnectOptions';
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
  let where: Pick<ConnectOptions, 'hubUrl' | 'token' | 'credentials'>;
  if (target.kind === 'simulator') {
    if (!simulatorUrl) throw new Error('the simulator is not running');
    where = simulatorConnection(simulatorUrl);
  } else {
    const { hubUrl, auth } = target;
    if (auth.kind === 'client-credentials') where = { hubUrl, credentials: auth };
    else if (auth.kind === 'token') where = { hubUrl, token: auth.token };
    else where = { hubUrl };
  }
  const mt4 = connectMt4({ ...where, platform, connectTimeoutMs });
  return { hub: mt4.hub, mt4, hubUrl: where.hubUrl };
}
