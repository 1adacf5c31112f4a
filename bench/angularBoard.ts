// `npm run bench:angular [-- --seconds 60]`: the Angular quote board in headless Chromium, 100 symbols, while the
// simulator sends 10,000 ticks/s (one tick per symbol every 10 ms). Five boards in the same run: rxhub/angular
// with `conflate` on animation frames, rxhub/angular without it, the raw @microsoft/signalr client updating the
// board on every tick, the raw client doing nothing with the ticks (the floor every board pays the client), and a
// board with no socket that gives every row a new quote each frame (what rendering alone costs at this rate).
// Per board: main-thread script time per second of wall time, and above the floor's; frames per second, long
// tasks and heap growth. Writes docs/benchmarks-angular.md. A benchmark, never a test: it needs a quiet machine.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, CDPSession } from 'playwright-core';
import { examplePaths, installExample } from '../test/e2e/buildExample';
import { launchChromium } from '../test/e2e/launchChromium';
import { serveStatic, type StaticServer } from '../test/e2e/staticServer';
import { startSimulator } from '../test/support/startSimulator';
import type { SimulatorHandle } from '../test/support/SimulatorHandle';
import { bytes, machine, markdownTable, met, ratio, type Table } from './report';

const DOC = 'docs/benchmarks-angular.md';
const SYMBOLS = 100;
const TICK_INTERVAL_MS = 10;
const MODES = {
  conflate: 'rxhub/angular + conflate (animation frames)',
  plain: 'rxhub/angular, every tick',
  naive: 'raw client, every tick',
  floor: 'raw client, ticks only counted (the floor)',
  render: 'no socket, every row new each frame (the render)',
} as const;
type Mode = keyof typeof MODES;

interface Figures {
  readonly mode: Mode;
  readonly seconds: number;
  readonly ticksPerSecond: number;
  /** Main-thread script time as a share of wall time. */
  readonly script: number;
  readonly fps: number;
  readonly longTasks: number;
  readonly longTaskMs: number;
  readonly heapGrowth: number;
}

/**
 * Counts frames and long tasks in the page (long tasks from its start: the observer is buffered). A string, not a
 * function: tsx would wrap a function's name in a helper the page does not have.
 */
const PROBE = `(() => {
  const seen = { frames: 0, longTasks: 0, longTaskMs: 0 };
  window.probe = seen;
  const frame = () => {
    seen.frames++;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      seen.longTasks++;
      seen.longTaskMs += entry.duration;
    }
  }).observe({ type: 'longtask', buffered: true });
})()`;

interface Sample {
  readonly at: number;
  readonly script: number;
  readonly heap: number;
  readonly frames: number;
  readonly longTasks: number;
  readonly longTaskMs: number;
  readonly ticks: number;
  readonly live: number;
}

async function sample(cdp: CDPSession, collect: boolean): Promise<Sample> {
  if (collect) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string): number => metrics.find((m) => m.name === name)?.value ?? 0;
  const page = (await cdp.send('Runtime.evaluate', {
    expression:
      'JSON.stringify({ ...window.probe, ticks: window.received?.ticks ?? 0, live: Number(document.querySelector("[data-testid=live]")?.textContent ?? 0) })',
    returnByValue: true,
  })) as { result: { value: string } };
  return {
    at: performance.now(),
    script: metric('ScriptDuration') * 1000,
    heap: metric('JSHeapUsedSize'),
    ...(JSON.parse(page.result.value) as Omit<Sample, 'at' | 'script' | 'heap'>),
  };
}

async function measure(browser: Browser, url: string, mode: Mode, seconds: number): Promise<Figures> {
  const page = await browser.newPage();
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${url}&mode=${mode}`, { waitUntil: 'load' });
    await page.evaluate(PROBE);
    const deadline = Date.now() + 60_000;
    while ((await sample(cdp, false)).live < SYMBOLS) {
      if (Date.now() > deadline) throw new Error(`${mode}: not every symbol ticked within 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await new Promise((resolve) => setTimeout(resolve, 3_000)); // warm-up: JIT, first allocations
    const start = await sample(cdp, true);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    const end = await sample(cdp, false);
    const collected = await sample(cdp, true);
    const wall = (end.at - start.at) / 1000;
    return {
      mode,
      seconds: wall,
      ticksPerSecond: (end.ticks - start.ticks) / wall,
      script: (end.script - start.script) / 1000 / wall,
      fps: (end.frames - start.frames) / wall,
      longTasks: end.longTasks - start.longTasks,
      longTaskMs: end.longTaskMs - start.longTaskMs,
      heapGrowth: collected.heap - start.heap,
    };
  } finally {
    await page.close();
  }
}

function report(figures: readonly Figures[], seconds: number): string {
  const by = Object.fromEntries(figures.map((f) => [f.mode, f])) as Record<Mode, Figures>;
  const floor = by.floor.script;
  const percent = (share: number): string => `${(share * 100).toFixed(1)} %`;
  const table: Table = {
    header: [
      'board',
      'ticks/s received',
      'script (share of wall time)',
      'script above the floor',
      'fps',
      'long tasks (total ms)',
      'heap growth',
    ],
    rows: figures.map((f) => [
      MODES[f.mode],
      f.mode === 'render' ? '—' : f.ticksPerSecond.toFixed(0),
      percent(f.script),
      f.mode === 'floor' || f.mode === 'render' ? '—' : percent(f.script - floor),
      f.fps.toFixed(1),
      `${f.longTasks} (${f.longTaskMs.toFixed(0)})`,
      bytes(f.heapGrowth),
    ]),
  };
  const c = by.conflate;
  const lessThanNaive = by.naive.script / c.script;
  // On a noisy machine conflate may measure at or under the floor: then there is no ratio above it to give.
  const aboveFloor = c.script > floor ? ratio((by.naive.script - floor) / (c.script - floor)) : undefined;
  const ceiling = by.naive.script / floor;
  const renderCeiling = by.naive.script / by.render.script;
  const targets: Table = {
    header: ['target (with conflate)', 'figure', ''],
    rows: [
      ['main-thread script ≤ 25 % of wall time', percent(c.script), met(c.script <= 0.25)],
      ['≥ 55 fps', c.fps.toFixed(1), met(c.fps >= 55)],
      ['≥ 3× less script time than the naive board', ratio(lessThanNaive), met(lessThanNaive >= 3)],
      [`heap growth ≤ 5 MB over ${seconds} s`, bytes(c.heapGrowth), met(c.heapGrowth <= 5 * 2 ** 20)],
    ],
  };
  const ratios: Table = {
    header: ['ratio of script time', 'figure', 'what it means'],
    rows: [
      [
        'naive ÷ conflate, total',
        ratio(lessThanNaive),
        "the target's measure: the main-thread time the page takes, SignalR client included",
      ],
      [
        'naive ÷ conflate, above the floor',
        aboveFloor ?? 'none: conflate measured at the floor',
        'the work the boards themselves add to the client: validation, routing, the board update, the render',
      ],
      [
        'naive ÷ floor, the ceiling',
        ratio(ceiling),
        'the best total ratio a board could reach that costs nothing above the SignalR client',
      ],
      [
        'naive ÷ render, the ceiling with free data',
        ratio(renderCeiling),
        'the best total ratio a board could reach that shows every change each frame, even with no socket at all',
      ],
    ],
  };
  return [
    '# Angular board benchmark',
    '',
    `Written by \`npm run bench:angular -- --seconds ${seconds}\` (bench/angularBoard.ts). The board of`,
    '`examples/angular-quotes/bench/main.ts` in headless Chromium, zoneless, with ' +
      `${SYMBOLS} symbols while the simulator sends one tick per symbol every ${TICK_INTERVAL_MS} ms ` +
      `(${((SYMBOLS * 1000) / TICK_INTERVAL_MS).toLocaleString('en-US')} ticks/s asked; the table says what arrived).`,
    'Each board that updates keeps its rows in one signal, replaced immutably per update. The floor is the raw',
    'client with a handler that only counts the tick: the socket read, the JSON parse and the dispatch of the',
    "@microsoft/signalr client, which every board with a socket pays. Script time is Chromium's",
    '`ScriptDuration` (CDP `Performance.getMetrics`); frames are counted with `requestAnimationFrame`; long tasks',
    `with a \`PerformanceObserver\`; heap growth is \`JSHeapUsedSize\` after a forced GC, over the ${seconds} s after`,
    'a 3 s warm-up. Chromium runs with `--disable-gpu`; fps depends on a quiet machine.',
    '',
    ...machine(),
    '',
    ...markdownTable(table),
    '',
    ...markdownTable(targets),
    '',
    ...markdownTable(ratios),
    '',
    'Reading the figures: the app is zoneless, so Angular renders at most once per frame whichever board, and a',
    'signal set per tick only marks the view dirty. What the boards differ in is the work per tick before the',
    'render: decoding and routing in rxhub, and the board update (one in the naive and the plain board, one per',
    'frame with `conflate`), on top of the floor every board pays the SignalR client to read the socket. Every',
    'board also renders the rows that changed in the frame (at 100 ticks/s per symbol, all of them) and collects',
    "that render's garbage: the same work whichever board, which `conflate` cannot save, since the naive board",
    'renders once per frame too. The render board measures that work alone.',
    'The total ratio has two ceilings. A board that cost nothing above the floor ' +
      `(${percent(floor)}) would leave the naive board (${percent(by.naive.script)}) with ${ratio(ceiling)} its ` +
      `script time; a board whose data cost nothing at all, no socket included, still renders ` +
      `(${percent(by.render.script)}), and would leave it with ${ratio(renderCeiling)}` +
      `${Math.max(ceiling, renderCeiling) < 3 ? '. Neither reaches the 3× target' : ''}.`,
    ...(aboveFloor
      ? [`Above the floor, where the boards' own code runs, the naive board takes ${aboveFloor} the conflate board's.`]
      : []),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '60' } } });
  const seconds = Number(values.seconds);
  const { dir } = examplePaths('angular-quotes');
  await installExample('angular-quotes');
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build:bench'], {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
  });
  let simulator: SimulatorHandle | undefined;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    simulator = await startSimulator({
      args: [`--Simulator:TickIntervalMs=${TICK_INTERVAL_MS}`, `--Simulator:SymbolCount=${SYMBOLS}`],
      timeoutMs: 60_000,
    });
    server = await serveStatic(join(dir, 'dist', 'board-bench', 'browser'));
    browser = await launchChromium();
    const url = `${server.url}/?${new URLSearchParams({ hub: simulator.url, symbols: String(SYMBOLS) })}`;
    const figures: Figures[] = [];
    for (const mode of Object.keys(MODES) as Mode[]) {
      console.log(`bench:angular: ${MODES[mode]} for ${seconds} s`);
      figures.push(await measure(browser, url, mode, seconds));
    }
    const doc = report(figures, seconds);
    writeFileSync(DOC, doc);
    console.log(doc);
  } finally {
    await browser?.close();
    await server?.close();
    await simulator?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
