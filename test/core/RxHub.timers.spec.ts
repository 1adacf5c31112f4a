import { HubConnectionState } from '@microsoft/signalr';
import { filter, take, takeUntil } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { RxHub } from '../../src';
import { TestHubConnection } from '../../src/testing';
import { quotes } from './fixtures';

// Issue #12.3: RxHub's own timers (linger, restart) leave nothing scheduled once everyone has left, also when the
// last subscriber leaves from inside an emission. Each spec looks at the scheduler's queue at a frame of its own.
describe('RxHub timers', () => {
  let scheduler: TestScheduler;
  let connection: TestHubConnection;
  let left: unknown[];

  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    connection = new TestHubConnection(scheduler);
  });

  /** What is still scheduled at `frame`, apart from this look itself. */
  const lookAt = (frame: number) => scheduler.schedule(() => (left = [...scheduler.actions]), frame);

  it('runs the linger once and leaves nothing after an unsubscribe from inside an item', () => {
    scheduler.run(({ hot }) => {
      const hub = new RxHub(connection, { scheduler, linger: 50 });
      connection.serve('OnQuote', hot('--a', { a: { symbol: 'EURUSD', price: 1 } }));
      hub.topic(quotes('EURUSD')).pipe(take(1)).subscribe();
      lookAt(100);
    });
    expect(left).toEqual([]);
    expect(connection.log.map((call) => `${call.frame} ${call.kind}`)).toEqual([
      '0 start',
      '0 invoke',
      '2 invoke',
      '52 stop',
    ]);
  });

  it.each([
    ['connectionErrors$', (hub: RxHub) => hub.connectionErrors$],
    ['state$ Reconnecting', (hub: RxHub) => hub.state$.pipe(filter((s) => s === HubConnectionState.Reconnecting))],
  ])('leaves no restart timer when the last subscriber leaves from inside %s after a close', (_, notifier) => {
    scheduler.run(({ hot }) => {
      const hub = new RxHub(connection, { scheduler, restart: { initialDelay: 1000, jitter: 0 } });
      connection.at(hot('---c'), { c: (c) => c.close(new Error('closed by the server')) });
      hub
        .topic(quotes('EURUSD'))
        .pipe(takeUntil(notifier(hub)))
        .subscribe();
      lookAt(10);
    });
    expect(left).toEqual([]);
    expect(connection.log.map((call) => `${call.frame} ${call.kind}`)).toEqual(['0 start', '0 invoke']);
  });
});
