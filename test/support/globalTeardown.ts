import type { SimulatorHandle } from './SimulatorHandle';

/** Jest global teardown: stops the shared simulator that globalSetup started (once, whichever project ends first). */
export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __RXHUB_SIMULATOR__?: SimulatorHandle };
  const simulator = holder.__RXHUB_SIMULATOR__;
  holder.__RXHUB_SIMULATOR__ = undefined;
  delete process.env.RXHUB_SIMULATOR_URL;
  await simulator?.stop();
}
