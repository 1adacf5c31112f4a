// `npm run simulator` (scripts/simulator.ts) end to end: the tsx entry in a process group of its own, as a terminal
// runs it, so a signal reaches the script and dotnet at once.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRunning } from '../support/isRunning';
import { runTsx } from '../support/runTsx';
import { SimulatorAdmin } from '../support/SimulatorAdmin';

describe('npm run simulator', () => {
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'rxhub-simulator-script-'));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  /** The simulator's token files in the script's temporary directory. */
  const tokenFiles = (): string[] => readdirSync(scratch).filter((name) => name.startsWith('rxhub-simulator-tokens-'));

  it.each(['SIGINT', 'SIGTERM'] as const)(
    'stops on %s to its process group, dotnet included, and removes its token file',
    async (signal) => {
      let url = '';
      let pid = 0;
      let tokensBeforeSignal: string[] = [];
      let signalled = false;
      const run = await runTsx('scripts/simulator.ts', ['--port', '0'], {
        timeoutMs: 90_000,
        env: { TMPDIR: scratch },
        onLine: (line, kill) => {
          url ||= /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1] ?? '';
          pid ||= Number(/\bpid (\d+)/.exec(line)?.[1] ?? 0);
          if (signalled || !line.includes('Ctrl+C stops it.')) return;
          signalled = true;
          // An issued token is what the simulator keeps in its token file.
          void new SimulatorAdmin(url).token().then(
            () => {
              tokensBeforeSignal = tokenFiles();
              kill(signal);
            },
            () => kill('SIGKILL'),
          );
        },
      });
      expect(run.timedOut).toBe(false);
      expect(tokensBeforeSignal).toHaveLength(1);
      expect(tokenFiles()).toEqual([]);
      expect(run.code).toBe(0);
      expect(pid).toBeGreaterThan(0);
      expect(isRunning(pid)).toBe(false);
    },
    100_000,
  );
});
