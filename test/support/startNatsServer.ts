import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NatsServerHandle } from './NatsServerHandle';
import { natsServerBinary } from './natsServerBinary';

const LISTENING = /Listening for client connections on 127\.0\.0\.1:(\d+)/;

/**
 * Starts Debian's `nats-server` with JetStream on a free loopback port (`-p -1`), its store in a temporary folder,
 * and resolves once it reports its port. The process is killed if this Node process exits.
 *
 * @example
 * ```ts
 * const nats = await startNatsServer();
 * const nc = await connect({ servers: nats.server });
 * await nats.restart(); // a crash: JetStream recovers its streams from the folder
 * await nats.stop();
 * ```
 */
export async function startNatsServer(timeoutMs = 15_000): Promise<NatsServerHandle> {
  const binary = natsServerBinary();
  const store = mkdtempSync(join(tmpdir(), 'rxhub-nats-'));
  let current = await launch(binary, -1, store, timeoutMs);
  const port = current.port;
  return {
    server: `127.0.0.1:${port}`,
    port,
    async stop() {
      await kill(current.child, 'SIGTERM');
      rmSync(store, { recursive: true, force: true });
    },
    async restart() {
      await kill(current.child, 'SIGKILL');
      for (let attempt = 1; ; attempt++) {
        try {
          current = await launch(binary, port, store, timeoutMs);
          return;
        } catch (error) {
          if (attempt >= 5) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
        }
      }
    },
  };
}

interface Launched {
  readonly child: ChildProcess;
  readonly port: number;
}

function launch(binary: string, port: number, store: string, timeoutMs: number): Promise<Launched> {
  const child = spawn(binary, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', store], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  return new Promise<Launched>((resolve, reject) => {
    let output = '';
    let settled = false;
    const finish = (error?: Error, actual?: number): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        child.kill('SIGKILL');
        reject(error);
      } else resolve({ child, port: actual! });
    };
    const timer = setTimeout(
      () => finish(new Error(`nats-server did not report its port within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const read = (chunk: Buffer): void => {
      if (settled) return; // keep draining the pipes so the server never blocks on a full buffer
      output += chunk.toString();
      const match = LISTENING.exec(output);
      if (match && output.includes('Server is ready')) finish(undefined, Number(match[1]));
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('error', (error) => finish(error));
    child.once('exit', (code, signal) =>
      finish(new Error(`nats-server exited (${signal ?? `code ${code}`}) before it was ready:\n${output}`)),
    );
  });
}

function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}
