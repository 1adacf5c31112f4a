import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSimulator } from './buildSimulator';
import { dotnetEnv } from './dotnetEnv';
import { SimulatorAdmin } from './SimulatorAdmin';
import type { SimulatorHandle } from './SimulatorHandle';
import { simulatorPaths } from './simulatorPaths';
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
    // The port was just released; retry briefly in case the OS has not made it available again yet.
    for (let attempt = 1; ; attempt++) {
      try {
        current = await launch(dll, port, options, timeoutMs);
        return;
      } catch (error) {
        if (attempt >= 5) throw error;
        await new Promise((r) => setTimeout(r, 200 * attempt));
      }
    }
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

  const tail: string[] = [];
  const remember = (chunk: Buffer): void => {
    tail.push(...chunk.toString().split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 40));
  };
  child.stderr!.on('data', (chunk: Buffer) => {
    remember(chunk);
    if (options.echo) process.stderr.write(chunk);
  });

  return new Promise<Launched>((resolve, reject) => {
    let buffered = '';
    let settled = false;
    const finish = (error?: Error, actualPort?: number): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        child.kill('SIGKILL');
        reject(error);
      } else resolve({ child, port: actualPort! });
    };
    const timer = setTimeout(
      () =>
        finish(new Error(`simulator did not report "Now listening on:" within ${timeoutMs} ms:\n${tail.join('\n')}`)),
      timeoutMs,
    );
    child.stdout!.on('data', (chunk: Buffer) => {
      remember(chunk);
      if (options.echo) process.stdout.write(chunk);
      if (settled) return; // keep draining the pipe so the server never blocks on a full buffer
      buffered += chunk.toString();
      const match = LISTENING.exec(buffered);
      if (match) finish(undefined, Number(match[2]));
    });
    child.once('error', (error: NodeJS.ErrnoException) =>
      finish(
        error.code === 'ENOENT'
          ? new Error('dotnet was not found on PATH: the simulator needs the .NET runtime 10 (https://dot.net)')
          : error,
      ),
    );
    child.once('exit', (code, signal) =>
      finish(new Error(`simulator exited (${signal ?? `code ${code}`}) before it was ready:\n${tail.join('\n')}`)),
    );
  });
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
