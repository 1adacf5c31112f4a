// `npm run demo` end to end: the tsx entry with stdout piped, so it prints plain timestamped lines.
import { createServer } from 'node:net';
import { isRunning } from '../support/isRunning';
import { runTsx, type TsxRun } from '../support/runTsx';
import { simulatorUrl } from '../support/simulatorUrl';

const DEMO = 'demo/index.ts';
const TIME = String.raw`\d\d:\d\d:\d\d\.\d{3}`;

/** The lines of the plain output with this tag (the word after the timestamp). */
function tagged(run: TsxRun, tag: string): string[] {
  const pattern = new RegExp(`^${TIME} ${tag} +`);
  return run.stdout.split('\n').filter((line) => pattern.test(line));
}

/** Index of the first line with this tag, -1 if none. */
function indexOf(run: TsxRun, tag: string): number {
  const pattern = new RegExp(`^${TIME} ${tag} +`);
  return run.stdout.split('\n').findIndex((line) => pattern.test(line));
}

/** A loopback port that nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

describe('npm run demo', () => {
  describe('against its own simulator, for 20 s', () => {
    let run: TsxRun;

    beforeAll(async () => {
      run = await runTsx(DEMO, ['--duration', '20'], { timeoutMs: 100_000 });
    }, 110_000);

    it('exits 0 on its own, with nothing on stderr', () => {
      expect(run.timedOut).toBe(false);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(tagged(run, 'done')).toEqual([expect.stringMatching(/ran for 20 s: \d+ ticks, \d+ completed candles/)]);
    });

    it('starts the simulator on loopback, and stops it again', () => {
      const [started] = tagged(run, 'simulator').filter((line) => line.includes('pid'));
      const [, pid] = /\(pid (\d+)\)/.exec(started) ?? [];
      expect(started).toMatch(/http:\/\/127\.0\.0\.1:\d+ \(pid \d+\)/);
      expect(isRunning(Number(pid))).toBe(false);
    });

    it('connects and prints quotes snapshots for every symbol', () => {
      expect(tagged(run, 'connected')[0]).toMatch(/\/hubs\/mt4\/v1, platform demo$/);
      const quotes = tagged(run, 'quotes');
      expect(quotes.length).toBeGreaterThanOrEqual(4);
      for (const symbol of ['EURUSD', 'GBPUSD', 'USDJPY', 'XAUUSD', 'BTCUSD'])
        expect(quotes[quotes.length - 1]).toMatch(new RegExp(`${symbol} [\\d.]+/[\\d.]+ [▲▼=] spread [\\d.]+`));
    });

    it('prints completed M1 candles of the replayed BTCUSD ticks', () => {
      const candles = tagged(run, 'candle').filter((line) => line.includes(' M1 BTCUSD '));
      expect(candles.length).toBeGreaterThanOrEqual(3);
      expect(candles[0]).toMatch(
        /M1 BTCUSD 2023-02-20 \d\d:\d\d:00 O [\d.]+ H [\d.]+ L [\d.]+ C [\d.]+ \(\d+ ticks\)$/,
      );
    });

    it('prints margin-call alerts', () => {
      expect(tagged(run, 'margin')).toContainEqual(
        expect.stringMatching(/login \d+ (MarginCall|StopOut) \(was (Ok|MarginCall)\): level [\d.]+ %/),
      );
    });

    it('drops every connection partway, shows the gap, reconnects, resubscribes and carries on', () => {
      const abort = indexOf(run, 'abort');
      const disconnected = indexOf(run, 'disconnected');
      const reconnected = indexOf(run, 'reconnected');
      expect(abort).toBeGreaterThan(indexOf(run, 'connected'));
      expect(disconnected).toBeGreaterThan(abort);
      expect(reconnected).toBeGreaterThan(disconnected);
      // Five tick topics and the session's Connect, at least, are requested again.
      const [, topics] =
        /reconnected after \d+ ms, resubscribed (\d+) topics/.exec(tagged(run, 'reconnected')[0]) ?? [];
      expect(Number(topics)).toBeGreaterThanOrEqual(6);
      const after = run.stdout.split('\n').slice(reconnected);
      expect(after.some((line) => / quotes +EURUSD/.test(line))).toBe(true);
      expect(after.some((line) => / candle +M1 BTCUSD/.test(line))).toBe(true);
      expect(tagged(run, 'done')[0]).toMatch(/, 1 gaps,/);
    });
  });

  it('stops cleanly on Ctrl-C (SIGINT to its process group), simulator included', async () => {
    let pid = 0;
    let interrupted = false;
    const run = await runTsx(DEMO, [], {
      timeoutMs: 60_000,
      onLine: (line, kill) => {
        pid ||= Number(/\(pid (\d+)\)/.exec(line)?.[1] ?? 0);
        if (!interrupted && / quotes +/.test(line)) {
          interrupted = true;
          kill('SIGINT');
        }
      },
    });
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(tagged(run, 'done')).toEqual([expect.stringMatching(/stopped: \d+ ticks/)]);
    expect(pid).toBeGreaterThan(0);
    expect(isRunning(pid)).toBe(false);
  }, 70_000);

  it('runs against a WebAPI given by --url and client credentials, without a simulator of its own or an abort', async () => {
    const run = await runTsx(
      DEMO,
      ['--url', simulatorUrl(), '--client-id', 'rxhub-demo', '--client-secret', 'rxhub-secret', '--duration', '3'],
      { timeoutMs: 30_000, env: { ...process.env, RXHUB_CLIENT_SECRET: '' } },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(tagged(run, 'connected')[0]).toContain(`${simulatorUrl()}/hubs/mt4/v1`);
    expect(tagged(run, 'quotes').length).toBeGreaterThanOrEqual(1);
    expect(tagged(run, 'simulator')).toEqual([]);
    expect(tagged(run, 'abort')).toEqual([]);
  }, 40_000);

  it.each([
    [['--duration', 'abc'], /^demo: --duration must be a positive number of seconds, not "abc" \(see --help\)$/],
    [['--frobnicate'], /^demo: unknown option --frobnicate \(see --help\)$/],
    [['--token', 'abc'], /^demo: --token needs --url/],
    [['--url', 'ftp://example'], /^demo: --url must be an http\(s\) URL/],
  ])('refuses %j with one clear line on stderr and exit code 2', async (args, message) => {
    const run = await runTsx(DEMO, args, { timeoutMs: 20_000 });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(message)]);
  });

  it('gives one clear line on stderr and exit code 1 when the server is unreachable', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const run = await runTsx(DEMO, ['--url', url, '--token', 'abc', '--connect-timeout', '1'], { timeoutMs: 30_000 });
    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^demo: cannot connect to ${url}/hubs/mt4/v1: .*ECONNREFUSED`)),
    ]);
  }, 40_000);

  it('gives one clear line and exit code 1 when the server refuses the credentials', async () => {
    const run = await runTsx(DEMO, ['--url', simulatorUrl(), '--client-id', 'rxhub-demo', '--client-secret', 'wrong'], {
      timeoutMs: 30_000,
    });
    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^demo: .* refused the credentials: token request refused: HTTP 401/),
    ]);
  }, 40_000);

  it('prints its usage with --help', async () => {
    const run = await runTsx(DEMO, ['--help'], { timeoutMs: 20_000 });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run demo -- \[options\]/);
    expect(run.stdout).toContain('--duration <seconds>');
  });
});
