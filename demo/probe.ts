import { describeError } from '../cli/describeError';

/**
 * Why an HTTP request to `url` fails at the network level (`fetch failed: connect ECONNREFUSED 127.0.0.1:9`), or
 * `undefined` when the server answers at all. SignalR reports only "fetch failed"; this finds the reason.
 */
export async function probe(url: string, timeoutMs = 3_000): Promise<string | undefined> {
  try {
    await fetch(url, { method: 'POST', signal: AbortSignal.timeout(timeoutMs) });
    return undefined;
  } catch (error) {
    return describeError(error);
  }
}
