import type { ChildProcess } from 'node:child_process';

/** How `waitUntilReady` knows that a child server is ready, and how its errors name it. */
export interface WaitUntilReadyConfig {
  /** The server's name in errors: `nats-server`, `simulator`. */
  readonly name: string;
  /** What the server is waiting to report, in the timeout error: `its port`, `"Now listening on:"`. */
  readonly awaited: string;
  /** The port, once everything one stream has printed so far says that the server is ready; otherwise undefined. */
  readonly ready: (output: string) => number | undefined;
  readonly timeoutMs: number;
  /** The error to reject with when the process cannot be spawned; the spawn error itself when absent. */
  readonly spawnError?: (error: NodeJS.ErrnoException) => Error;
}

/** How many of the last lines of output an error shows. */
const TAIL_LINES = 40;

/**
 * Resolves with the port a spawned server reports once it is ready. Rejects, and kills the process, when it exits
 * first, cannot be spawned, or is not ready within `timeoutMs`; the error shows the last lines it printed. Its
 * stdout and stderr are read to the end, so the server never blocks on a full pipe.
 *
 * @example
 * ```ts
 * const child = spawn('nats-server', ['-p', '-1'], { stdio: ['ignore', 'pipe', 'pipe'] });
 * const port = await waitUntilReady(child, {
 *   name: 'nats-server',
 *   awaited: 'its port',
 *   ready: (output) => Number(/on 127\.0\.0\.1:(\d+)/.exec(output)?.[1]) || undefined,
 *   timeoutMs: 15_000,
 * });
 * ```
 */
export function waitUntilReady(child: ChildProcess, config: WaitUntilReadyConfig): Promise<number> {
  const { name, awaited, ready, timeoutMs } = config;
  const tail: string[] = [];
  return new Promise<number>((resolve, reject) => {
    let settled = false;
    const finish = (error?: Error, port?: number): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        child.kill('SIGKILL');
        reject(error);
      } else resolve(port!);
    };
    const timer = setTimeout(
      () => finish(new Error(`${name} did not report ${awaited} within ${timeoutMs} ms:\n${tail.join('\n')}`)),
      timeoutMs,
    );
    // Each stream on its own, so that a line split between two chunks is not cut by the other stream's output.
    for (const stream of [child.stdout!, child.stderr!]) {
      let output = '';
      stream.on('data', (chunk: Buffer) => {
        if (settled) return; // keep draining the pipe so the server never blocks on a full buffer
        const text = chunk.toString();
        tail.push(...text.split('\n').filter(Boolean));
        tail.splice(0, Math.max(0, tail.length - TAIL_LINES));
        output += text;
        const port = ready(output);
        if (port !== undefined) finish(undefined, port);
      });
    }
    child.once('error', (error: NodeJS.ErrnoException) => finish(config.spawnError?.(error) ?? error));
    child.once('exit', (code, signal) =>
      finish(new Error(`${name} exited (${signal ?? `code ${code}`}) before it was ready:\n${tail.join('\n')}`)),
    );
  });
}
