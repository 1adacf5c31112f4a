import { TestScheduler } from 'rxjs/testing';
import { ConnectionError, ConnectionFailedError, RxHub } from '../../src';
import { TestHubConnection } from '../../src/testing';
import { quotes } from './fixtures';

// Issue #18.1: every failed start and every close with an error reaches connectionErrors$; five closes with an
// error in a row, with nothing accepted in between, fail the subscribers; a close without an error never does.
describe('RxHub refusals', () => {
  let scheduler: TestScheduler;
  let connection: TestHubConnection;
  let errors: ConnectionError[];

  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    connection = new TestHubConnection(scheduler);
    errors = [];
  });

  const refused = new Error(
    "Server returned an error on close: Connection closed with an error. InvalidOperationException: Unable to resolve service for type 'IUnregisteredService'",
  );
  const hubOf = () => {
    const hub = new RxHub(connection, { scheduler, restart: { initialDelay: 1, baseDelay: 1, jitter: 0 } });
    hub.connectionErrors$.subscribe((error) => errors.push(error));
    return hub;
  };
  const closeEvery = (frames: string, error?: Error) =>
    connection.at(scheduler.createHotObservable(frames), { c: (c) => c.close(error) });

  it('fails the subscribers after five closes with an error in a row, with the server message', () => {
    scheduler.run(({ expectObservable }) => {
      const hub = hubOf();
      closeEvery('-c-c-c-c-c', refused);
      expectObservable(hub.on('OnQuote')).toBe('---------#', undefined, new ConnectionFailedError(5, refused));
    });
    expect(errors.map((error) => [error.during, error.message])).toEqual(
      Array(5).fill(['close', `The server closed the connection: ${refused.message}`]),
    );
    expect(connection.log.filter((call) => call.kind === 'start')).toHaveLength(5);
  });

  it('counts again after a call the server accepted', () => {
    scheduler.run(({ expectObservable }) => {
      const hub = hubOf();
      closeEvery('-c-c-c-c---c-c-c-c', refused);
      scheduler.schedule(() => hub.invoke('Now').subscribe(), 8);
      expectObservable(hub.on('OnQuote'), '^-------------------!').toBe('---------------------');
    });
    expect(errors).toHaveLength(8);
  });

  it('never gives up after closes without an error', () => {
    scheduler.run(({ expectObservable }) => {
      const hub = hubOf();
      closeEvery('-c-c-c-c-c-c-c-c');
      expectObservable(hub.topic(quotes('EURUSD')), '^-------------------!').toBe('---------------------');
    });
    expect(errors).toEqual([]);
  });

  it('publishes each failed start, and retries it under the restart policy', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const hub = hubOf();
      let starts = 0;
      connection.starting(() => (++starts < 3 ? cold('#', undefined, new Error('ECONNREFUSED')) : cold('|')));
      expectObservable(hub.invoke('Now')).toBe('--(u|)', { u: undefined });
    });
    expect(errors.map((error) => error.message)).toEqual(Array(2).fill('The connection failed to start: ECONNREFUSED'));
    expect(errors[0].cause).toEqual(new Error('ECONNREFUSED'));
  });
});
