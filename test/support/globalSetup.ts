import { startSimulator } from './startSimulator';
import type { SimulatorHandle } from './SimulatorHandle';

/**
 * Jest global setup of the projects that need the shared simulator (`functional`, `reliability`): builds it once,
 * starts it on a free loopback port and publishes its URL as `RXHUB_SIMULATOR_URL` for the specs (read it with
 * `simulatorUrl()`). Jest runs every project's global setup before any spec: the second one reuses the first's.
 */
export default async function globalSetup(): Promise<void> {
  const holder = globalThis as { __RXHUB_SIMULATOR__?: SimulatorHandle };
  holder.__RXHUB_SIMULATOR__ ??= await startSimulator({ timeoutMs: 60_000 });
  process.env.RXHUB_SIMULATOR_URL = holder.__RXHUB_SIMULATOR__.url;
}
