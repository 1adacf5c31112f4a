import type { HubConnection } from '@microsoft/signalr';

/**
 * The arguments of the next `event` the server sends on this connection that `accept` accepts (default: any);
 * rejects after `timeoutMs`. The handler is removed either way.
 */
export function nextEvent<A extends unknown[] = unknown[]>(
  connection: HubConnection,
  event: string,
  { timeoutMs = 5_000, accept = () => true }: { timeoutMs?: number; accept?: (...args: A) => boolean } = {},
): Promise<A> {
  return new Promise<A>((resolve, reject) => {
    const handler = (...args: unknown[]): void => {
      if (!accept(...(args as A))) return;
      cleanup();
      resolve(args as A);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      connection.off(event, handler);
    };
    connection.on(event, handler);
  });
}
