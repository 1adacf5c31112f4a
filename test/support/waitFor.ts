/**
 * Polls `probe` until `until` accepts its result, and resolves to that result; rejects after `timeoutMs` with the
 * last result in the message. For eventually-consistent checks against the simulator's admin endpoints.
 */
export async function waitFor<T>(
  probe: () => T | Promise<T>,
  until: (value: T) => boolean,
  {
    timeoutMs = 5_000,
    intervalMs = 50,
    what = 'condition',
  }: { timeoutMs?: number; intervalMs?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (until(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
