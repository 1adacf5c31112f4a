import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSimulator } from './buildSimulator';
import { dotnetEnv } from './dotnetEnv';
import { relaunch } from './relaunch';
import { SimulatorAdmin } from './SimulatorAdmin';
import type { SimulatorHandle } from './SimulatorHandle';
import { simulatorPaths } from './simulatorPaths';
import { waitUntilReady } from './waitUntilReady';
import type { StartSimulatorOptions } from './StartSimulatorOptions';

const LISTENING = /Now listening on: (http:\/\/127\.0\.0\.1:(\d+))/;

/**
 * Starts the simulator on a loopback port (`--urls http://127.0.0.1:PORT`, 0 = any free port) and resolves once it
 * prints ASP.NET's "Now listening on:" line. The process is killed if this Node process exits. Issued tokens are kept
 * in a temporary file across `restart()`, so clients holding a token reconnect as they would to a real server.
 *
 * @example
 * ```ts
 * const sim = await startSimulator({ args: ['--Simulator:TickIntervalMs=50'] });
 * const token = await sim.admin.token('rxhub-demo', 'rxhub-secret');
 * await sim.restart(); // transport drop: SignalR's automatic reconnect kicks in
 * await sim.stop();
 * ```
 */
export async function startSimulator(startOptions: StartSimulatorOptions = {}): Promise<SimulatorHandle> {
  const dll = startOptions.build === false ? simulatorPaths.dll : await buildSimulator();
  const timeoutMs = startOptions.timeoutMs ?? 30_000;
  const tokenFile = join(tmpdir(), `rxhub-simulator-tokens-${process.pid}-${randomBytes(4).toString('hex')}.json`);
  const options = { ...startOptions, args: [`--Simulator:TokenFile=${tokenFile}`, ...(startOptions.args ?? [])] };
  let current = await launch(dll, options.port ?? 0, options, timeoutMs);
  const port = current.port;
  const url = `http://127.0.0.1:${port}`;

  const stop = async (): Promise<void> => {
    await kill(current.child);
    rmSync(tokenFile, { force: true });
  };

  const restart = async (): Promise<void> => {
    await kill(current.child, 'SIGKILL'); // a crash, not a graceful shutdown: the transport just drops
    current = await relaunch(() => launch(dll, port, options, timeoutMs));
  };

  return {
    url,
    port,
    admin: new SimulatorAdmin(url),
    get process() {
      return current.child;
    },
    stop,
    restart,
  };
}

interface Launched {
  readonly child: ChildProcess;
  readonly port: number;
}

function launch(dll: string, port: number, options: StartSimulatorOptions, timeoutMs: number): Promise<Launched> {
  const child = spawn('dotnet', [dll, '--urls', `http://127.0.0.1:${port}`, ...(options.args ?? [])], {
    cwd: simulatorPaths.root,
    env: dotnetEnv({ ASPNETCORE_ENVIRONMENT: 'Production' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));

  if (options.echo) {
    child.stdout!.on('data', (chunk: Buffer) => process.stdout.write(chunk));
    child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  }
  return waitUntilReady(child, {
    name: 'simulator',
    awaited: '"Now listening on:"',
    ready: (output) => {
      const match = LISTENING.exec(output);
      return match ? Number(match[2]) : undefined;
    },
    timeoutMs,
    spawnError: (error) =>
      error.code === 'ENOENT'
        ? new Error('dotnet was not found on PATH: the simulator needs the .NET runtime 10 (https://dot.net)')
        : error,
  }).then((actual) => ({ child, port: actual }));
}

function kill(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill(signal);
  });
}
