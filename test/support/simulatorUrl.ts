/**
 * The URL of the simulator that jest's global setup started (`RXHUB_SIMULATOR_URL`). Throws when there is none: a
 * functional spec that cannot reach the simulator must fail, never pass quietly.
 */
export function simulatorUrl(): string {
  const url = process.env.RXHUB_SIMULATOR_URL;
  if (!url)
    throw new Error(
      'RXHUB_SIMULATOR_URL is not set: run functional specs with `npx jest --selectProjects functional`, ' +
        'whose global setup (test/support/globalSetup.ts) builds and starts the simulator',
    );
  return url.replace(/\/+$/, '');
}
