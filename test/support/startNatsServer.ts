import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NatsServerHandle } from './NatsServerHandle';
import { natsServerBinary } from './natsServerBinary';
import { relaunch } from './relaunch';
import { waitUntilReady } from './waitUntilReady';

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
      current = await relaunch(() => launch(binary, port, store, timeoutMs));
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
  return waitUntilReady(child, {
    name: 'nats-server',
    awaited: 'its port',
    ready: (output) => {
      const match = LISTENING.exec(output);
      return match && output.includes('Server is ready') ? Number(match[1]) : undefined;
    },
    timeoutMs,
  }).then((actual) => ({ child, port: actual }));
}

function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}
