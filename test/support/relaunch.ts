/** How many times `relaunch` tries. */
const ATTEMPTS = 5;

/**
 * Launches a server again on the port it has just released, retrying briefly (200 ms, then 400 ms, ... apart) in
 * case the OS has not made the port available again yet. Rejects with the last attempt's error.
 *
 * @example
 * ```ts
 * await kill(current.child, 'SIGKILL');
 * current = await relaunch(() => launch(binary, port, store, timeoutMs));
 * ```
 *
 * @param launch Starts the server once.
 * @return What the first launch that succeeds resolves with.
 */
export async function relaunch<T>(launch: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await launch();
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}
