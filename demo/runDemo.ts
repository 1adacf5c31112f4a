import { HubConnectionState } from '@microsoft/signalr';
import { filter, firstValueFrom, take, timeout } from 'rxjs';
import { AuthenticationError, ConnectionFailedError, HubInvocationError } from 'rxhub';
import { describeError } from '../cli/describeError';
import { UsageError } from '../cli/UsageError';
import { startSimulator } from '../test/support/startSimulator';
import type { SimulatorHandle } from '../test/support/SimulatorHandle';
import { Board } from './Board';
import { connectDemo } from './connectDemo';
import type { DemoConnection } from './DemoConnection';
import type { DemoIo } from './DemoIo';
import type { DemoOptions } from './DemoOptions';
import { demoSimulator } from './demoSimulator';
import { parseDemoArgs } from './parseDemoArgs';
import { probe } from './probe';
import { PlainOutput } from './PlainOutput';
import { renderScreen } from './renderScreen';
import { runDashboard } from './runDashboard';
import { stopSignal } from './stopSignal';
import { TerminalScreen } from './TerminalScreen';
import { usage } from './usage';

/**
 * The demo from the command line to its exit code: 0 when it ran to `--duration` or Ctrl-C, 1 when it could not
 * start or connect, 2 for bad arguments. Whatever it started (the simulator, the connection, the screen) is
 * stopped before it returns.
 */
export async function runDemo(
  argv: readonly string[],
  io: DemoIo = { stdout: process.stdout, stderr: process.stderr, env: process.env, signals: process },
): Promise<number> {
  let options: DemoOptions;
  try {
    options = parseDemoArgs(argv, io.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`demo: ${error.message} (see --help)\n`);
    return 2;
  }
  if (options.help) {
    io.stdout.write(usage);
    return 0;
  }

  const interactive = Boolean(io.stdout.isTTY) && !options.plain;
  const color = interactive && !io.env.NO_COLOR;
  const board = new Board(options.symbols);
  const stop = stopSignal(io);
  const plainLine = (line: string): void => void io.stdout.write(`${line}\n`);
  // Until the screen is up (and after it is closed), lines go to stdout in either mode.
  let sink = plainLine;
  const startupOutput = new PlainOutput((line) => sink(line), board, {
    hubUrl: '',
    platform: options.platform,
    timeframe: options.timeframe,
  });
  let simulator: SimulatorHandle | undefined;
  let connection: DemoConnection | undefined;
  let screen: TerminalScreen | undefined;
  try {
    if (options.target.kind === 'simulator') {
      startupOutput.line('simulator', 'building (skipped when up to date) and starting the simulator on 127.0.0.1');
      const starting = startSimulator({ args: demoSimulator.args, timeoutMs: 60_000 });
      const first = await Promise.race([starting, stop.received.then(() => undefined)]);
      if (!first) {
        await starting.then(
          (handle) => handle.stop(),
          () => undefined,
        );
        return 0;
      }
      simulator = first;
      startupOutput.line('simulator', `${simulator.url} (pid ${simulator.process.pid}); ${demoSimulator.describe()}`);
    }

    connection = connectDemo(options.target, simulator?.url, options.platform, options.connectTimeout * 1000);
    const context = { hubUrl: connection.hubUrl, platform: options.platform, timeframe: options.timeframe };
    // On the screen, margin alerts have a panel of their own: the event log leaves them out.
    const output = new PlainOutput((line) => sink(line), board, context, new Set(interactive ? ['margin'] : []));
    let redraw: (() => void) | undefined;
    if (interactive) {
      const terminal = new TerminalScreen(io.stdout);
      screen = terminal;
      const endsAt = options.duration === undefined ? undefined : new Date(Date.now() + options.duration * 1000);
      const note = simulator
        ? `simulator ${simulator.url} · ${demoSimulator.replay.symbol} replayed at ${demoSimulator.replay.speed}× · ` +
          (options.abortAfter === undefined ? 'no abort' : `every connection dropped at ${options.abortAfter} s`)
        : undefined;
      sink = (line) => board.note(line);
      redraw = () =>
        terminal.draw(
          renderScreen(board, { ...context, chart: options.chart, note, endsAt, width: terminal.width, color }),
        );
      terminal.start();
    }

    const admin = simulator?.admin;
    const outcome = await runDashboard({
      connection,
      options,
      board,
      output,
      redraw,
      abort: admin && (() => admin.abort('mt4').then((result) => result.aborted)),
      stop: stop.received,
    });
    output.stopping = true;
    screen?.close();
    sink = plainLine;
    output.line(
      'done',
      `${outcome === 'duration' ? `ran for ${options.duration} s` : 'stopped'}: ` +
        `${[...board.quotes.values()].reduce((n, row) => n + row.ticks, 0)} ticks, ${board.completedCandles} completed candles, ` +
        `${board.alertCount} margin alerts, ${board.gaps.length} gaps, ${board.reportCount} decode reports`,
    );
    return 0;
  } catch (error) {
    screen?.close();
    io.stderr.write(`demo: ${await failure(error, connection)}\n`);
    return 1;
  } finally {
    screen?.close();
    if (connection) await stopped(connection);
    await simulator?.stop();
    stop.dispose();
  }
}

/** One line for why the demo could not run. */
async function failure(error: unknown, connection: DemoConnection | undefined): Promise<string> {
  const where = connection ? connection.hubUrl : 'the simulator';
  if (error instanceof AuthenticationError) return `${where} refused the credentials: ${describeError(error.cause)}`;
  if (error instanceof ConnectionFailedError)
    return `cannot connect to ${where}: ${(await probe(`${where}/negotiate?negotiateVersion=1`)) ?? describeError(error.cause)}`;
  if (error instanceof HubInvocationError && !error.connectionLost && error.method === 'Connect')
    return `${where} refused the session: ${describeError(error)}`;
  // The simulator could not start: keep the whole message, which has the build's errors when it failed.
  return connection ? describeError(error) : error instanceof Error ? error.message : String(error);
}

/** Waits (a few seconds at most) for the hub to have stopped its connection, now that nothing is subscribed. */
async function stopped({ hub }: DemoConnection): Promise<void> {
  await firstValueFrom(
    hub.state$.pipe(
      filter((state) => state === HubConnectionState.Disconnected),
      take(1),
      timeout({ first: 3_000, with: () => [HubConnectionState.Disconnected] }),
    ),
  ).catch(() => undefined);
}
