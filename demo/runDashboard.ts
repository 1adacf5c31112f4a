import { HubConnectionState } from '@microsoft/signalr';
import { filter, first, Subscription, timer } from 'rxjs';
import type { Board } from './Board';
import { dashboardEvents } from './dashboardEvents';
import type { DemoConnection } from './DemoConnection';
import type { DemoOptions } from './DemoOptions';
import type { PlainOutput } from './PlainOutput';

/** What the dashboard loop needs besides the options. */
export interface DashboardRun {
  readonly connection: DemoConnection;
  readonly options: DemoOptions;
  readonly board: Board;
  readonly output: PlainOutput;
  /** Redraws the terminal screen; absent for plain output, which prints quotes snapshots instead. */
  readonly redraw?: () => void;
  /** Drops every connection on the server (the simulator's admin abort); resolves to how many it dropped. */
  readonly abort?: () => Promise<number>;
  /** Resolves when the user asks to stop (Ctrl-C). */
  readonly stop: Promise<unknown>;
}

/**
 * Runs the dashboard until `--duration` has passed or `stop` resolves, folding every event into the board and the
 * output. Rejects when the hub gives up (refused credentials, no connection in time). Everything it subscribed to
 * and every timer it started is released before it settles.
 */
export function runDashboard({
  connection,
  options,
  board,
  output,
  redraw,
  abort,
  stop,
}: DashboardRun): Promise<'duration' | 'stopped'> {
  const { hub } = connection;
  const subscription = new Subscription();
  const connected = hub.state$.pipe(first((state) => state === HubConnectionState.Connected));
  return new Promise<'duration' | 'stopped'>((resolve, reject) => {
    let settled = false;
    const finish = (settle: () => void): void => {
      if (settled) return;
      settled = true;
      subscription.unsubscribe();
      settle();
    };

    subscription.add(
      dashboardEvents(connection, options.symbols, options.timeframe).subscribe({
        next: (event) => {
          board.apply(event);
          output.event(event);
        },
        error: (error: unknown) => finish(() => reject(error)),
      }),
    );

    // The hub gives up by itself after --connect-timeout; this bounds a first start that hangs instead.
    let connectedOnce = false;
    subscription.add(connected.subscribe(() => (connectedOnce = true)));
    const deadline = options.connectTimeout + 5;
    subscription.add(
      timer(deadline * 1000)
        .pipe(filter(() => !connectedOnce))
        .subscribe(() => finish(() => reject(new Error(`no connection to ${connection.hubUrl} within ${deadline} s`)))),
    );

    if (redraw) subscription.add(timer(0, 200).subscribe(() => redraw()));
    else
      subscription.add(
        timer(options.snapshotEvery * 1000, options.snapshotEvery * 1000)
          .pipe(filter(() => [...board.quotes.values()].some((row) => row.bid !== undefined)))
          .subscribe(() => output.snapshot()),
      );

    if (abort && options.abortAfter !== undefined) {
      const dropEverything = (): void => {
        output.line('abort', 'asking the simulator to drop every connection (POST /admin/abort)');
        abort().then(
          (count) => output.line('abort', `the simulator dropped ${count} connection${count === 1 ? '' : 's'}`),
          (error: unknown) => output.line('abort', `failed: ${error instanceof Error ? error.message : String(error)}`),
        );
      };
      subscription.add(
        timer(options.abortAfter * 1000).subscribe(() => subscription.add(connected.subscribe(dropEverything))),
      );
    }

    if (options.duration !== undefined)
      subscription.add(timer(options.duration * 1000).subscribe(() => finish(() => resolve('duration'))));
    stop.then(() => finish(() => resolve('stopped')));
  });
}
