// `npm run bench`: every benchmark of issue 7, side by side in one run; writes docs/benchmarks.md and its plot.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { clientCost } from './clientCost';
import { fanout } from './fanout';
import { progress } from './harness';
import { loopback } from './loopback';
import { hotPath, whatIsLeft } from './notes';
import { memory } from './memory';
import { natsBench } from './nats';
import { jsonVsMessagePack } from './messagePack';
import { ohlcBench } from './ohlc';
import { document, summary, type Section } from './report';
import { routing } from './routing';
import { validators } from './validators';

const DOC = 'docs/benchmarks.md';
const PLOT = 'docs/benchmarks-routing.svg';

const benchmarks: readonly (readonly [string, () => Promise<Section>])[] = [
  ['1 client cost', clientCost],
  ['2 routing', () => routing(PLOT)],
  ['3 fan-out', fanout],
  ['4 ohlc and conflate', ohlcBench],
  ['5 memory', memory],
  ['6 loopback', loopback],
  ['7 validators', validators],
  ['8 nats', natsBench],
  ['9 json vs messagepack', jsonVsMessagePack],
];

async function main(): Promise<void> {
  if (!(globalThis as { gc?: unknown }).gc) throw new Error('run with --expose-gc (npm run bench does)');
  // `npm run bench -- routing memory` runs only those (for profiling); the docs are written by a full run only.
  const only = process.argv.slice(2);
  const started = performance.now();
  const load = loadavg();
  const sections: Section[] = [];
  let failed = false;
  for (const [name, run] of benchmarks) {
    if (only.length && !only.some((word) => name.includes(word))) continue;
    progress(`${name}: starting (${((performance.now() - started) / 1000).toFixed(0)} s in)`);
    try {
      sections.push(await run());
    } catch (error) {
      // One benchmark that cannot run (no .NET for the simulator, say) does not lose the others' figures.
      const message = error instanceof Error ? error.message : String(error);
      progress(`${name}: failed: ${message}`);
      sections.push({
        title: `${name}: not run`,
        text: ['This benchmark failed in this run:', '', '```', message, '```'],
        tables: [],
        targets: [],
      });
      failed = true;
    }
  }
  const minutes = (performance.now() - started) / 60_000;
  progress(`done in ${minutes.toFixed(1)} min`);
  process.stdout.write(`${summary(sections)}\n`);
  if (!only.length) {
    writeFileSync(DOC, document(sections, intro(load, loadavg(), minutes), [...hotPath, '', ...whatIsLeft]));
    progress(`wrote ${DOC} and ${PLOT}`);
  }
  if (failed) throw new Error('some benchmarks did not run (see above)');
}

function intro(before: number[], after: number[], minutes: number): string[] {
  return [
    'Written by `npm run bench` (`tsx --expose-gc bench/index.ts`; sources in `bench/`): do not edit by hand.',
    'Every figure is a ratio or a count measured side by side in the same run: contenders alternate within each',
    'round (tinybench samples), and each figure is the median over rounds. Timings are wall-clock on a shared',
    `machine: the load average was ${before.map((l) => l.toFixed(2)).join(' / ')} (1/5/15 min) at the start and`,
    `${after.map((l) => l.toFixed(2)).join(' / ')} at the end; the whole run took ${minutes.toFixed(1)} minutes.`,
    'Ratios are steadier than the absolute figures, which move with the load.',
    '`npm run bench:compare` runs sections 1–6 side by side with an earlier commit’s (by default 6b52fe3, before',
    "the core's redesign) and writes [benchmarks-compare.md](benchmarks-compare.md).",
    '`npm run bench:angular` measures the Angular quote board of issue 15 in headless Chromium (100 symbols at',
    '10,000 ticks/s, five boards side by side) and writes [benchmarks-angular.md](benchmarks-angular.md).',
  ];
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
