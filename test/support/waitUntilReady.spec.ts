import { spawn, type ChildProcess } from 'node:child_process';
import { waitUntilReady, type WaitUntilReadyConfig } from './waitUntilReady';

/** A Node child that runs `script`, its output piped. */
const node = (script: string): ChildProcess =>
  spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });

const config: WaitUntilReadyConfig = {
  name: 'server',
  awaited: 'its port',
  ready: (output) => Number(/listening on (\d+)\n/.exec(output)?.[1]) || undefined,
  timeoutMs: 5_000,
};

const exited = (child: ChildProcess): Promise<unknown> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', resolve));

describe('waitUntilReady', () => {
  const children: ChildProcess[] = [];
  const start = (script: string): ChildProcess => {
    const child = node(script);
    children.push(child);
    return child;
  };
  afterEach(async () => {
    for (const child of children.splice(0)) {
      child.kill('SIGKILL');
      await exited(child);
    }
  });

  it('resolves with the port once one stream has said it all, a line split over two writes included', async () => {
    const child = start(`
      process.stdout.write('noise\\nlistening o');
      process.stderr.write('warming up\\n');
      setTimeout(() => process.stdout.write('n 4242\\n'), 50);
      setTimeout(() => undefined, 10_000);
    `);
    await expect(waitUntilReady(child, config)).resolves.toBe(4242);
    expect(child.exitCode).toBeNull();
  });

  it('rejects with the last lines of both streams when the server exits before it is ready', async () => {
    const child = start(
      `process.stdout.write('starting\\n'); process.stderr.write('port in use\\n'); setTimeout(() => process.exit(3), 200);`,
    );
    const error = await waitUntilReady(child, config).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^server exited \(code 3\) before it was ready:\n/);
    expect((error as Error).message).toContain('starting');
    expect((error as Error).message).toContain('port in use');
  });

  it('rejects after timeoutMs, naming what it waited for, and kills the server', async () => {
    const child = start(`process.stdout.write('still starting\\n'); setTimeout(() => undefined, 10_000);`);
    await expect(waitUntilReady(child, { ...config, timeoutMs: 500 })).rejects.toThrow(
      'server did not report its port within 500 ms:\nstill starting',
    );
    await exited(child);
    expect(child.signalCode).toBe('SIGKILL');
  });

  it('rejects with spawnError when the process cannot be spawned', async () => {
    const child = spawn('rxhub-no-such-binary', [], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    const spawnError = (error: NodeJS.ErrnoException): Error => new Error(`not found: ${error.code}`);
    await expect(waitUntilReady(child, { ...config, spawnError })).rejects.toThrow('not found: ENOENT');
  });
});
