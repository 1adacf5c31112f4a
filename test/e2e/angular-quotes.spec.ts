// End to end: examples/angular-quotes, built and served on loopback, in headless Chromium, against the simulator.
// The page gets its token from the simulator's token endpoint and connects to its MT4 hub cross-origin (the
// simulator allows loopback origins); the spec drops every connection from the server side and expects the page
// to show the gap and then live quotes again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startSimulator } from '../support/startSimulator';
import type { AdminConnection } from '../support/SimulatorAdmin';
import type { SimulatorHandle } from '../support/SimulatorHandle';
import { buildExample, examplePaths } from './buildExample';
import { ensureChromium } from './ensureChromium';
import { launchChromium } from './launchChromium';
import { serveStatic, type StaticServer } from './staticServer';

const SYMBOLS = ['EURUSD', 'GBPUSD', 'USDJPY'] as const;
const CANDLES = 'EURUSD';

interface Row {
  readonly symbol: string;
  readonly bid: string;
  readonly ask: string;
  readonly direction: string | null;
  readonly updates: number;
}

interface Snapshot {
  readonly state: string;
  readonly gaps: number;
  readonly log: readonly string[];
  readonly rows: readonly Row[];
  readonly candles: number;
  readonly candleTicks: number;
}

describe('examples/angular-quotes in headless Chromium', () => {
  let simulator: SimulatorHandle | undefined;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageLog: string[] = [];
  const timings: string[] = [];
  let clock = Date.now();
  const lap = (what: string): void => {
    const now = Date.now();
    timings.push(`${what}: ${now - clock} ms`);
    clock = now;
  };

  beforeAll(async () => {
    const executablePath = ensureChromium();
    const [built, started] = await Promise.allSettled([
      buildExample('angular-quotes'),
      startSimulator({ args: ['--Simulator:TickIntervalMs=100'], timeoutMs: 60_000 }),
    ]);
    if (started.status === 'fulfilled') simulator = started.value;
    if (built.status === 'rejected') throw built.reason;
    if (started.status === 'rejected') throw started.reason;
    lap('build (skipped when up to date) and simulator start');

    server = await serveStatic(built.value);
    browser = await launchChromium(executablePath);
    page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    page.on('console', (message) => pageLog.push(`[${message.type()}] ${message.text()}`));
    page.on('pageerror', (error) => pageLog.push(`[pageerror] ${error.message}`));
    lap('static server and Chromium launch');
  }, 420_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.close();
    await simulator?.stop();
    if (timings.length) console.info(`angular-quotes e2e\n  ${timings.join('\n  ')}`);
  });

  /** What the page shows now. */
  const snapshot = (): Promise<Snapshot> =>
    page.evaluate(() => {
      const text = (element: Element | null | undefined): string => element?.textContent?.trim() ?? '';
      const candleRows = [...document.querySelectorAll('[data-testid=candles] tr.candle')];
      return {
        state: text(document.querySelector('[data-testid=state]')),
        gaps: Number(text(document.querySelector('[data-testid=gaps]'))),
        log: [...document.querySelectorAll('[data-testid=state-log] li')].map(
          (li) => li.getAttribute('data-state') ?? '',
        ),
        rows: [...document.querySelectorAll('[data-testid=board] tr[data-symbol]')].map((tr) => ({
          symbol: tr.getAttribute('data-symbol') ?? '',
          bid: text(tr.querySelector('.bid')),
          ask: text(tr.querySelector('.ask')),
          direction: tr.querySelector('.direction')?.getAttribute('data-direction') ?? null,
          updates: Number(text(tr.querySelector('.updates')) || 0),
        })),
        candles: candleRows.length,
        candleTicks: candleRows.reduce((sum, tr) => sum + Number(text(tr.querySelector('.ticks')) || 0), 0),
      };
    });

  /** Polls the page until `check` accepts what it shows; fails after `timeoutMs` with the last snapshot and the page's console. */
  const until = async (what: string, check: (shown: Snapshot) => boolean, timeoutMs = 15_000): Promise<Snapshot> => {
    const deadline = Date.now() + timeoutMs;
    let shown = await snapshot();
    while (!check(shown)) {
      if (Date.now() > deadline) {
        throw new Error(
          `timed out after ${timeoutMs} ms waiting until ${what}\npage shows: ${JSON.stringify(shown)}\n` +
            `page console:\n${pageLog.slice(-30).join('\n') || '(empty)'}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      shown = await snapshot();
    }
    return shown;
  };

  /** Waits until every symbol has had `more` ticks since `from` and shows a bid other than the one it had then. */
  const quotesMove = async (what: string, from: Snapshot, more: number): Promise<Snapshot> => {
    const before = new Map(from.rows.map((row) => [row.symbol, row]));
    return until(what, (shown) =>
      SYMBOLS.every((symbol) => {
        const row = shown.rows.find((r) => r.symbol === symbol);
        const then = before.get(symbol);
        return row !== undefined && row.updates >= (then?.updates ?? 0) + more && row.bid !== then?.bid;
      }),
    );
  };

  /**
   * The simulator's view, polled until it settles (a dropped connection leaves its registry a moment after the new
   * one has subscribed): one MT4 connection, with one SubscribeToTicks per symbol.
   */
  const oneSubscribedConnection = async (timeoutMs = 10_000): Promise<AdminConnection[]> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const connections = await simulator!.admin.connections('mt4');
      const settled =
        connections.length === 1 &&
        SYMBOLS.every((symbol) => connections[0]!.subscriptions[`SubscribeToTicks demo ${symbol}`] === 1);
      if (settled) return connections;
      if (Date.now() > deadline) {
        throw new Error(
          `timed out after ${timeoutMs} ms waiting for one MT4 connection with one tick subscription per symbol; ` +
            `the simulator has ${JSON.stringify(connections)}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  let firstConnectionId: string | undefined;

  it("bundles one copy of rxjs, the example's own, with rxhub as packed", () => {
    const stats = JSON.parse(
      readFileSync(join(examplePaths('angular-quotes').dir, 'dist/angular-quotes/stats.json'), 'utf8'),
    ) as {
      inputs: Record<string, unknown>;
    };
    const inputs = Object.keys(stats.inputs);
    const rxjs = new Set(inputs.filter((input) => /(^|\/)rxjs\//.test(input)).map((input) => input.split('rxjs/')[0]));
    expect([...rxjs]).toEqual(['node_modules/']);
    expect(inputs.some((input) => input.startsWith('vendor/node_modules/rxhub/dist/esm/'))).toBe(true);
  });

  it('shows live quotes for every symbol and M1 candles, over one connection with one subscription per symbol', async () => {
    const query = new URLSearchParams({ hub: simulator!.url, symbols: SYMBOLS.join(','), candles: CANDLES });
    await page.goto(`${server!.url}/?${query}`, { waitUntil: 'load', timeout: 15_000 });

    const connected = await until('the page says Connected', (shown) => shown.state === 'Connected');
    expect(connected.rows.map((row) => row.symbol)).toEqual([...SYMBOLS]);
    expect(connected.gaps).toBe(0);
    lap('page load to Connected');

    const live = await quotesMove('every symbol has ticked 3 times with a new bid', connected, 3);
    for (const row of live.rows) {
      expect(Number(row.bid)).toBeGreaterThan(0);
      expect(Number(row.ask)).toBeGreaterThanOrEqual(Number(row.bid));
      expect(['up', 'down', 'flat']).toContain(row.direction);
    }
    await quotesMove('the quotes move on', live, 2);
    // A bid can repeat (flat); within a few ticks some symbol shows a move up or down.
    await until('a quote shows a move up or down', (shown) =>
      shown.rows.some((row) => row.direction === 'up' || row.direction === 'down'),
    );
    lap('quotes updating');

    const withCandles = await until('a candle has ticks', (shown) => shown.candles >= 1 && shown.candleTicks >= 1);
    expect(withCandles.candles).toBeGreaterThanOrEqual(1);

    // One RxHub for the app: one connection. The board and the candle view share EURUSD's server subscription.
    const [connection] = await oneSubscribedConnection();
    expect(connection!.platforms).toEqual(['demo']);
    firstConnectionId = connection!.id;
  }, 60_000);

  it('shows the gap when the server drops every connection, then live quotes again', async () => {
    const before = await until('Connected', (shown) => shown.state === 'Connected');
    expect(before.gaps).toBe(0);
    const connectedAt = before.log.lastIndexOf('Connected');

    const { aborted } = await simulator!.admin.abort();
    expect(aborted).toBeGreaterThanOrEqual(1);
    lap('abort');

    const after = await until(
      'the page counts one gap and is Connected again',
      (s) => s.gaps === 1 && s.state === 'Connected',
    );
    // The reconnect can take a few ms: the connection log keeps it.
    expect(after.log.slice(connectedAt + 1)).toContain('Reconnecting');
    expect(after.log[after.log.length - 1]).toBe('Connected');
    lap('gap shown, Connected again');

    await quotesMove('every symbol ticks again with a new bid after the gap', after, 3);
    lap('quotes updating again');

    const [connection] = await oneSubscribedConnection();
    expect(connection!.id).not.toBe(firstConnectionId);
    expect(pageLog.filter((line) => line.startsWith('[pageerror]'))).toEqual([]);
  }, 60_000);
});
