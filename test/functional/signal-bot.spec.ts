// examples/signal-bot end to end, with stdout piped: candles, moving averages and crossover signals from live ticks.
import { isRunning } from '../support/isRunning';
import { runTsx, type TsxRun } from '../support/runTsx';
import { simulatorUrl } from '../support/simulatorUrl';

const BOT = 'examples/signal-bot/index.ts';
const SYMBOLS = ['EURUSD', 'GBPUSD', 'USDJPY'];

/** The lines with this tag (the word after the ISO timestamp). */
function tagged(run: TsxRun, tag: string): string[] {
  const pattern = new RegExp(`^\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z ${tag} +`);
  return run.stdout.split('\n').filter((line) => pattern.test(line));
}

describe('examples/signal-bot', () => {
  it('builds 1-second candles for three symbols on the shared simulator and reports crossovers or their absence', async () => {
    const run = await runTsx(
      BOT,
      [
        ...['--url', simulatorUrl(), '--client-id', 'rxhub-demo', '--client-secret', 'rxhub-secret'],
        ...['--timeframe', '1', '--fast', '2', '--slow', '4', '--duration', '10', '--status-every', '3'],
      ],
      { timeoutMs: 40_000 },
    );
    expect(run.timedOut).toBe(false);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(tagged(run, 'connected')).toEqual([expect.stringContaining(`${simulatorUrl()}/hubs/mt4/v1`)]);

    const candles = tagged(run, 'candle');
    for (const symbol of SYMBOLS)
      expect(candles.filter((line) => line.includes(` ${symbol} `)).length).toBeGreaterThanOrEqual(4);
    // Once four candles are in, each candle line has both averages.
    expect(candles).toContainEqual(expect.stringMatching(/ close [\d.]+ SMA2 [\d.]+ SMA4 [\d.]+$/));

    const signals = tagged(run, 'signal');
    const statuses = tagged(run, 'status');
    expect(statuses.length).toBeGreaterThanOrEqual(2);
    const last = statuses[statuses.length - 1];
    for (const symbol of SYMBOLS)
      expect(last).toMatch(
        new RegExp(`${symbol} \\d+ candles, (last (BUY|SELL) at [\\d.]+|SMA2 \\w+( with)? SMA4, no crossover yet)`),
      );
    // Either at least one signal, or a status that says clearly that there has been no crossover yet.
    if (signals.length === 0) expect(last).toContain('no crossover yet');
    for (const signal of signals)
      expect(signal).toMatch(
        /(BUY|SELL) (EURUSD|GBPUSD|USDJPY) at [\d.]+ \(candle [\d:]+\): SMA2 [\d.]+ crossed (above|below) SMA4 [\d.]+$/,
      );
    expect(tagged(run, 'done')).toEqual([expect.stringMatching(/ran for 10 s: \d+ candles/)]);
  }, 50_000);

  it('starts a simulator of its own without --url, and stops it again', async () => {
    const run = await runTsx(BOT, ['--timeframe', '1', '--fast', '1', '--slow', '2', '--duration', '5'], {
      timeoutMs: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const pid = Number(/\(pid (\d+)\)/.exec(tagged(run, 'simulator').join('\n'))?.[1]);
    expect(pid).toBeGreaterThan(0);
    expect(isRunning(pid)).toBe(false);
    expect(tagged(run, 'candle').length).toBeGreaterThanOrEqual(6);
  }, 70_000);

  it('refuses bad arguments with one line on stderr and exit code 2', async () => {
    const run = await runTsx(BOT, ['--fast', '9', '--slow', '3'], { timeoutMs: 20_000 });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('signal-bot: --fast (9) must be shorter than --slow (3) (see --help)\n');
  });
});
