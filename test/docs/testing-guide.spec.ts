// The example of docs/testing.md, run as a spec: test/docs/examples.spec.ts checks that the guide quotes it verbatim.
import { map, filter, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { MT4Hub, RxHub, type Tick } from 'rxhub';
import { TestHubConnection } from 'rxhub/testing';

/** Your business logic: symbols whose spread widens past a limit. */
function wideSpreads(ticks: Observable<Tick>, limit: number): Observable<string> {
  return ticks.pipe(
    filter((tick) => tick.ask - tick.bid > limit),
    map((tick) => `${tick.symbol} spread ${(tick.ask - tick.bid).toFixed(4)}`),
  );
}

describe('wideSpreads', () => {
  let scheduler: TestScheduler;

  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
  });

  it('alerts on wide spreads, and keeps alerting across a reconnect', () => {
    const wire = (bid: number, ask: number) => ({
      tradePlatform: 'demo',
      tick: { symbol: 'EURUSD', bid, ask, lastTime: '2024-03-01T10:00:00Z' },
    });
    const connection = new TestHubConnection(scheduler);
    scheduler.run(({ cold, hot, expectObservable }) => {
      connection.respond('Connect', () => cold('-(t|)', { t: true }));
      connection.serve(
        'OnTick',
        hot('--a-b------c-', { a: wire(1.1, 1.1001), b: wire(1.1, 1.1009), c: wire(1.2, 1.201) }),
      );
      connection.at(hot('     -----d--r----'), { d: (c) => c.drop(), r: (c) => c.reconnect() });
      const mt4 = new MT4Hub(new RxHub(connection, { scheduler }), { tradePlatform: 'demo' });

      expectObservable(wideSpreads(mt4.ticks('EURUSD'), 0.0005), '^-----------!').toBe('----b------c', {
        b: 'EURUSD spread 0.0009',
        c: 'EURUSD spread 0.0010',
      });
    });
    // Connect came first, and was replayed before the ticks topic after the reconnect.
    expect(connection.invocations().map((call) => `${call.frame} ${call.method}`)).toEqual([
      '0 Connect',
      '1 SubscribeToTicks',
      '8 Connect',
      '9 SubscribeToTicks',
      '12 UnsubscribeFromTicks',
    ]);
  });
});
