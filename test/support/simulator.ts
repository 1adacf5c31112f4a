// The simulator harness: build it, start it, drive it. See test/simulator/README.md.
export { buildSimulator } from './buildSimulator';
export { startSimulator } from './startSimulator';
export { simulatorUrl } from './simulatorUrl';
export { SimulatorAdmin } from './SimulatorAdmin';
export { startTcpProxy } from './tcpProxy';
export { waitFor } from './waitFor';
export type { SimulatorHandle } from './SimulatorHandle';
export type { StartSimulatorOptions } from './StartSimulatorOptions';
export type { TcpProxy } from './tcpProxy';
export { connectHub } from './connectHub';
export type { ConnectHubOptions } from './connectHub';
export { nextEvent } from './nextEvent';
export { withTimeout } from './withTimeout';
