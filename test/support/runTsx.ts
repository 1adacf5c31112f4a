import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { simulatorPaths } from './simulatorPaths';

/** How a script run by `runTsx` ended, and everything it printed. */
export interface TsxRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Whether `timeoutMs` ran out and the process group was killed. */
  readonly timedOut: boolean;
}

/** Options of `runTsx`. */
export interface RunTsxOptions {
  /** Kill the whole process group (SIGKILL) after this long. */
  readonly timeoutMs: number;
  /** Called with each line of stdout as it comes, with a way to signal the process group, as Ctrl-C does (SIGINT). */
  readonly onLine?: (line: string, kill: (signal: NodeJS.Signals) => void) => void;
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * Runs a TypeScript entry point with the repository's tsx (`node_modules/.bin/tsx <script> ...args`), from the
 * repository root, with stdout and stderr piped (so not a TTY). The process runs in a group of its own, which is
 * killed whole when `timeoutMs` runs out: nothing it started is left behind.
 */
export function runTsx(script: string, args: readonly string[], options: RunTsxOptions): Promise<TsxRun> {
  const { root } = simulatorPaths;
  const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), [script, ...args], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const kill = (signal: NodeJS.Signals): void => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  let stdout = '';
  let stderr = '';
  let partial = '';
  let timedOut = false;
  child.stdout.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    stdout += text;
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) options.onLine?.(line, kill);
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => {
    timedOut = true;
    kill('SIGKILL');
  }, options.timeoutMs);
  return new Promise<TsxRun>((resolve, reject) => {
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}
