import { catchError, config, EMPTY, map, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { RxHub } from '../../src';
import { TestHubConnection } from '../../src/testing';
import { q, quotes, type Quote } from './fixtures';

// A subscriber whose `next` throws follows RxJS's rules: the error is not the producer's, so RxJS reports it through
// `config.onUnhandledError` (by default it rethrows it on a timer, which ends a Node process) and the subscriber stays
// subscribed. What RxHub owes the others: delivery to every other subscriber of that event or topic goes on.
describe('RxHub with a subscriber that throws', () => {
  let scheduler: TestScheduler;
  let connection: TestHubConnection;
  let hub: RxHub;
  let unhandled: unknown[];
  const boom = new Error('boom');
  const values = { a: q('EURUSD', 1), b: q('EURUSD', 2), c: q('EURUSD', 3) };
  const args = { a: [values.a], b: [values.b], c: [values.c] };

  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    connection = new TestHubConnection(scheduler);
    hub = new RxHub(connection, { scheduler });
    unhandled = [];
    config.onUnhandledError = (error) => unhandled.push(error);
  });
  afterEach(() => {
    config.onUnhandledError = null;
  });

  /** Subscribes with a `next` that throws at every item, and counts the items it was given. */
  const throwing = <T>(source: Observable<T>): { calls: number } => {
    const seen = { calls: 0 };
    source.subscribe(() => {
      seen.calls++;
      throw boom;
    });
    return seen;
  };

  it('on(): the other subscribers of the event get every item, and the thrower stays subscribed', () => {
    let thrower!: { calls: number };
    scheduler.run(({ hot, expectObservable }) => {
      connection.serve('OnQuote', hot('-a-b-c-', values));
      const events = hub.on('OnQuote');
      thrower = throwing(events); // first, so the others come after it in every delivery
      expectObservable(events).toBe('-a-b-c-', args);
      expectObservable(events).toBe('-a-b-c-', args);
    });
    expect(thrower.calls).toBe(3);
    expect(unhandled).toEqual([boom, boom, boom]);
    expect(connection.handlerCount('OnQuote')).toBe(1);
  });

  it('topic(): the other subscribers get every item, and the topic is subscribed once and kept', () => {
    let thrower!: { calls: number };
    scheduler.run(({ hot, expectObservable }) => {
      connection.serve('OnQuote', hot('-a-b-c-', values));
      const eurusd = hub.topic(quotes('EURUSD'));
      thrower = throwing(eurusd);
      expectObservable(eurusd).toBe('-a-b-c-', values);
      expectObservable(eurusd).toBe('-a-b-c-', values);
    });
    expect(thrower.calls).toBe(3);
    expect(unhandled).toEqual([boom, boom, boom]);
    expect(connection.invocations().map((call) => call.method)).toEqual(['Subscribe']);
  });

  it('topic(): an error thrown inside one pipeline ends that subscriber only, and the topic stays', () => {
    scheduler.run(({ hot, expectObservable }) => {
      connection.serve('OnQuote', hot('-a-b-c-', values));
      const eurusd = hub.topic(quotes('EURUSD'));
      const failing = eurusd.pipe(
        map((quote: Quote) => {
          if (quote.price === 2) throw boom;
          return quote;
        }),
      );
      expectObservable(failing).toBe('-a-#', values, boom);
      expectObservable(eurusd, '^------!').toBe('-a-b-c-', values);
    });
    expect(unhandled).toEqual([]);
    expect(connection.invocations().map(({ frame, method }) => [frame, method])).toEqual([
      [0, 'Subscribe'],
      [7, 'Unsubscribe'],
    ]);
  });

  it('guards: catchError in one pipeline ends that subscriber quietly, with no unhandled error', () => {
    scheduler.run(({ hot, expectObservable }) => {
      connection.serve('OnQuote', hot('-a-b-c-', values));
      const eurusd = hub.topic(quotes('EURUSD'));
      const guarded = eurusd.pipe(
        map((quote: Quote) => {
          if (quote.price === 2) throw boom;
          return quote.price;
        }),
        catchError(() => EMPTY),
      );
      expectObservable(guarded).toBe('-1-|', { 1: 1 });
      expectObservable(eurusd).toBe('-a-b-c-', values);
    });
    expect(unhandled).toEqual([]);
  });
});
