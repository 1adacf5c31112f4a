import { startSimulator } from './startSimulator';
import type { SimulatorHandle } from './SimulatorHandle';

/**
 * Jest global setup of the `functional` project: builds the simulator once, starts it on a free loopback port and
 * publishes its URL as `RXHUB_SIMULATOR_URL` for the specs (read it with `simulatorUrl()`).
 */
export default async function globalSetup(): Promise<void> {
  const simulator = await startSimulator({ timeoutMs: 60_000 });
  (globalThis as { __RXHUB_SIMULATOR__?: SimulatorHandle }).__RXHUB_SIMULATOR__ = simulator;
  process.env.RXHUB_SIMULATOR_URL = simulator.url;
}
