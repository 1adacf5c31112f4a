import { HubConnectionState } from '@microsoft/signalr';
import {
  distinctUntilChanged,
  filter,
  firstValueFrom,
  interval,
  pairwise,
  share,
  Subscription,
  take,
  timeout,
  timer,
} from 'rxjs';
import { describeError } from '../../cli/describeError';
import { periodName } from '../../cli/periodName';
import { programMt4Hub } from '../../cli/programMt4Hub';
import { simulatorConnection } from '../../cli/simulatorConnection';
import { startSimulator } from '../../test/support/startSimulator';
import type { SimulatorHandle } from '../../test/support/SimulatorHandle';
import { BotStatus } from './BotStatus';
import { candles } from './candles';
import { crossovers } from './crossovers';
import { formatSignal } from './formatSignal';
import { movingAverages } from './movingAverages';
import { FleetStatus } from './FleetStatus';
import { parseBotArgs } from './parseBotArgs';
import { runFleet } from './runFleet';
import { runFleetWorker } from './runFleetWorker';
import { usage } from './usage';

/**
 * The bot from its command line to its exit code: 0 after `--duration` or Ctrl-C, 1 when it cannot start or
 * connect, 2 for bad arguments. Everything it started is stopped before it returns.
 */
export async function runBot(argv: readonly string[], out = process.stdout, err = process.stderr): Promise<number> {
  let options;
  try {
    options = parseBotArgs(argv, process.env);
  } catch (error) {
    err.write(`signal-bot: ${(error as Error).message} (see --help)\n`);
    return 2;
  }
  if (options.help) {
    out.write(usage);
    return 0;
  }
  const log = (tag: string, text: string): void =>
    void out.write(`${new Date().toISOString()} ${tag.padEnd(9)} ${text}\n`);

  let stop: () => void = () => undefined;
  const stopped = new Promise<'signal'>((resolve) => (stop = () => resolve('signal')));
  process.once('SIGINT', stop).once('SIGTERM', stop);
  const subscription = new Subscription();
  let simulator: SimulatorHandle | undefined;
  let hubUrl = options.hubUrl;
  try {
    let credentials = options.credentials;
    if (hubUrl === undefined) {
      log('simulator', 'building (skipped when up to date) and starting the simulator on 127.0.0.1');
      simulator = await startSimulator({ args: ['--Simulator:TickIntervalMs=100', '--Simulator:DebugIntervalMs=0'] });
      log('simulator', `${simulator.url} (pid ${simulator.process.pid})`);
      ({ hubUrl, credentials } = simulatorConnection(simulator.url));
    }
    const { token } = options;
    if (options.workers !== undefined) {
      log('fleet', `starting ${options.workers} workers against NATS ${options.nats}`);
      return await runFleet(argv, options, { url: hubUrl, token, credentials }, stopped, out, err);
    }
    const mt4 = programMt4Hub(hubUrl, {
      tradePlatform: options.platform,
      accessTokenFactory: token === undefined ? undefined : () => token,
      credentials,
      connectTimeoutMs: 10_000,
    });
    const { hub } = mt4;
    const lengths = { fast: options.fast, slow: options.slow };
    const status = new BotStatus(options.symbols, lengths);
    log(
      'start',
      `${options.symbols.join(',')} on ${options.platform}: ${periodName(options.timeframe)} candles, ` +
        `SMA${options.fast} vs SMA${options.slow} of closing bids` +
        (options.nats === undefined ? '' : `, as fleet worker ${options.worker}`),
    );

    const built = candles(mt4, options.symbols, options.timeframe).pipe(share());
    const { nats } = options;
    const fleet = nats === undefined ? undefined : await runFleetWorker({ ...options, nats }, mt4, log);
    const fleetStatus = new FleetStatus(options.worker);
    const failed = new Promise<never>((_, reject) => {
      subscription.add(
        hub.state$.pipe(distinctUntilChanged(), pairwise()).subscribe(([before, now]) => {
          if (now === HubConnectionState.Connected && before !== HubConnectionState.Reconnecting)
            log('connected', hubUrl!);
          if (before === HubConnectionState.Connected) log('lost', 'connection lost; reconnecting');
        }),
      );
      subscription.add(
        hub.gaps$.subscribe((gap) =>
          log('gap', `${gap.end - gap.start} ms without data; resubscribed ${gap.topics} topics`),
        ),
      );
      subscription.add(hub.errors$.subscribe((error) => log('report', error.message)));
      if (fleet) {
        subscription.add(
          fleet.published.subscribe({
            next: (item) => {
              if ('side' in item) log('signal', `${formatSignal(item, lengths)} (published)`);
              else fleetStatus.count(item);
            },
            error: reject,
          }),
        );
        return;
      }
      subscription.add(
        built.pipe(movingAverages(lengths)).subscribe({
          next: (averages) => {
            status.averages(averages);
            const sma = (length: number, value: number | undefined) =>
              value === undefined ? '' : ` SMA${length} ${Number(value.toPrecision(7))}`;
            log(
              'candle',
              `${averages.symbol} ${averages.time.toISOString().slice(11, 19)} close ${averages.close}${sma(options.fast, averages.fast)}${sma(options.slow, averages.slow)}`,
            );
          },
          error: reject,
        }),
      );
      subscription.add(
        crossovers(built, lengths).subscribe({
          next: (signal) => {
            status.signal(signal);
            log('signal', formatSignal(signal, lengths));
          },
          error: reject,
        }),
      );
    });
    const statusLine = () => (fleet ? fleetStatus.line() : status.line());
    subscription.add(interval(options.statusEvery * 1000).subscribe(() => log('status', statusLine())));

    const ended = new Promise<'duration'>((resolve) => {
      if (options.duration !== undefined)
        subscription.add(timer(options.duration * 1000).subscribe(() => resolve('duration')));
    });
    const reason = await Promise.race([stopped, failed, ended]);
    log('status', statusLine());
    log(
      'done',
      `${reason === 'duration' ? `ran for ${options.duration} s` : 'stopped'}: ` +
        `${fleet ? fleetStatus.candles : status.candles} candles`,
    );
    subscription.unsubscribe();
    await fleet?.close();
    await firstValueFrom(
      hub.state$.pipe(
        filter((s) => s === HubConnectionState.Disconnected),
        take(1),
        timeout(3_000),
      ),
    ).catch(() => undefined);
    return 0;
  } catch (error) {
    err.write(`signal-bot: ${hubUrl ? `${hubUrl}: ` : ''}${describeError(error)}\n`);
    return 1;
  } finally {
    subscription.unsubscribe();
    process.removeListener('SIGINT', stop).removeListener('SIGTERM', stop);
    await simulator?.stop();
  }
}
