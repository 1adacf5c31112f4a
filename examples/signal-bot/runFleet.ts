import { spawn, type ChildProcess } from 'node:child_process';
import type { BotOptions } from './BotOptions';

/** Options that `runFleet` replaces in each worker's command line. */
const REPLACED = new Set([
  '--workers',
  '--worker',
  '--url',
  '--token',
  '--client-id',
  '--client-secret',
  '--token-url',
]);

/**
 * Starts `options.workers` copies of this bot, each a worker of the fleet (`--worker w1` …) on the same hub, and
 * passes their output through. Resolves with 0 once every worker has exited after `stop` (each is sent SIGTERM)
 * or `--duration`, or with 1 when one of them fails.
 *
 * @param hub Where the workers connect: the hub URL and the credentials or token of the command line, or of the
 *   simulator this process started.
 */
export async function runFleet(
  argv: readonly string[],
  options: BotOptions,
  hub: { readonly url: string; readonly token?: string; readonly credentials?: BotOptions['credentials'] },
  stopped: Promise<unknown>,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const [name] = argv[i].split('=');
    if (REPLACED.has(name)) i += argv[i].includes('=') ? 0 : 1;
    else kept.push(argv[i]);
  }
  const connection = [
    '--url',
    hub.url.replace(/\/hubs\/mt4\/v1$/, ''),
    ...(hub.token !== undefined ? ['--token', hub.token] : []),
    ...(hub.credentials
      ? ['--client-id', hub.credentials.clientId, '--client-secret', hub.credentials.clientSecret]
      : []),
    ...(hub.credentials ? ['--token-url', hub.credentials.tokenUrl] : []),
  ];
  const children: ChildProcess[] = [];
  const exits = Array.from({ length: options.workers ?? 1 }, (_, i) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, process.argv[1], ...kept, ...connection, '--worker', `w${i + 1}`],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    children.push(child);
    child.stdout!.pipe(out, { end: false });
    child.stderr!.pipe(err, { end: false });
    return new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
  });
  void stopped.then(() => children.forEach((child) => child.kill('SIGTERM')));
  const codes = await Promise.all(exits);
  return codes.every((code) => code === 0) ? 0 : 1;
}
