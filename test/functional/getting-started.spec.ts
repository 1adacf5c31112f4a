// docs/getting-started.md's Node sample, run as written (only its server's origin pointed at the shared simulator): it prints
// what it promises, and the process exits by itself once its observables are done, nothing left scheduled.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTsx } from '../support/runTsx';
import { simulatorUrl } from '../support/simulatorUrl';

const DOC = join(__dirname, '..', '..', 'docs', 'getting-started.md');
const DOC_URL = 'http://127.0.0.1:5080';
/** The sample waits for the first complete M1 candle: up to a minute, and the start of the process. */
const RUN_MS = 90_000;
/** How soon after its last line the process must have exited. */
const EXIT_MS = 2_000;

/** The first ```ts block of the "## Node" section. */
function nodeSample(): string {
  const doc = readFileSync(DOC, 'utf8');
  const section = doc.slice(doc.indexOf('\n## Node\n'));
  const code = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  if (code === undefined) throw new Error(`no Node sample in ${DOC}`);
  return code;
}

describe('docs/getting-started.md, the Node sample', () => {
  it(
    'prints five EURUSD ticks and the first M1 candle of BTCUSD, then exits by itself within 2 s',
    async () => {
      const sample = nodeSample();
      expect(sample).toContain(`'${DOC_URL}/`);
      let lastLineAt = 0;
      const run = await runTsx('--eval', [sample.replaceAll(`'${DOC_URL}/`, `'${simulatorUrl()}/`)], {
        timeoutMs: RUN_MS,
        onLine: () => (lastLineAt = Date.now()),
      });
      const exitedAt = Date.now();

      expect(run.timedOut).toBe(false);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const lines = run.stdout.split('\n');
      expect(lines.filter((line) => /^EURUSD [\d.]+ [\d.]+ \d{4}-\d\d-\d\dT[\d:.]+Z$/.test(line))).toHaveLength(5);
      expect(run.stdout).toMatch(/^first M1 candle \{$/m);
      expect(run.stdout).toMatch(/^ {2}symbol: 'BTCUSD',$/m);
      expect(run.stdout).toMatch(/^ {2}lastTime: \d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z,$/m);
      expect(run.stdout).toMatch(/^ {2}complete: true$/m);
      expect(exitedAt - lastLineAt).toBeLessThan(EXIT_MS);
    },
    RUN_MS + 10_000,
  );
});
