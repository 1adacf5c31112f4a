import { HubConnectionState } from '@microsoft/signalr';
import { TestScheduler } from 'rxjs/testing';
import { AuthenticationError, ConnectionFailedError, RxHub, type Gap } from '../../src';
import { TestHubConnection } from '../../src/testing';
import { login, q, quotes } from './fixtures';

describe('RxHub reconnect', () => {
  let scheduler: TestScheduler;
  let connection: TestHubConnection;

  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    connection = new TestHubConnection(scheduler);
  });

  const calls = () =>
    connection.log.map((call) =>
      `${call.frame} ${call.kind} ${call.method ?? ''}${call.args ? ' ' + call.args.join() : ''}`.trim(),
    );

  it('replays set-up, then each active topic once, and subscribers keep receiving without an error', () => {
    const values = { a: q('EURUSD', 1), b: q('EURUSD', 2), c: q('GBPUSD', 3), d: q('GBPUSD', 4) };
    const gaps: Gap[] = [];
    scheduler.run(({ cold, hot, expectObservable }) => {
      const hub = new RxHub(connection, { scheduler });
      hub.gaps$.subscribe((gap) => gaps.push(gap));
      connection.respond('Login', () => cold('-(t|)', { t: true }));
      connection.serve('OnQuote', hot('--a-c------b-d-', values));
      connection.at(hot('-----d---r-----'), { d: (c) => c.drop(), r: (c) => c.reconnect() });
      expectObservable(hub.topic(login), '^-------------!').toBe('---------------');
      expectObservable(hub.topic(quotes('EURUSD')), '^-------------!').toBe('--a--------b---', values);
      expectObservable(hub.topic(quotes('GBPUSD')), '^-------------!').toBe('----c--------d-', values);
    });
    expect(calls()).toEqual([
      '0 start',
      '0 invoke Login demo',
      '1 invoke Subscribe EURUSD',
      '1 invoke Subscribe GBPUSD',
      '9 invoke Login demo',
      '10 invoke Subscribe EURUSD',
      '10 invoke Subscribe GBPUSD',
      '14 invoke Unsubscribe EURUSD',
      '14 invoke Unsubscribe GBPUSD',
      '14 stop',
    ]);
    expect(gaps).toEqual([{ start: 5, end: 10, reason: expect.any(Error), connectionId: 'connection-2', topics: 3 }]);
  });

  it('does not resubscribe a topic whose last subscriber left during the reconnect', () => {
    scheduler.run(({ hot, expectObservable }) => {
      const hub = new RxHub(connection, { scheduler });
      connection.at(hot('--d---r---'), { d: (c) => c.drop(), r: (c) => c.reconnect() });
      expectObservable(hub.topic(quotes('EURUSD')), '^---!').toBe('-----');
      expectObservable(hub.topic(quotes('GBPUSD')), '^--------!').toBe('----------');
    });
    expect(calls()).toEqual([
      '0 start',
      '0 invoke Subscribe EURUSD',
      '0 invoke Subscribe GBPUSD',
      '6 invoke Subscribe GBPUSD',
      '9 invoke Unsubscribe GBPUSD',
      '9 stop',
    ]);
    expect(connection.handlerCount()).toBe(0);
  });

  it('queues calls made while reconnecting until the connection is back', () => {
    scheduler.run(({ hot, expectObservable }) => {
      const hub = new RxHub(connection, { scheduler });
      connection.respond('Now', () => 42);
      connection.at(hot('-d---r--'), { d: (c) => c.drop(), r: (c) => c.reconnect() });
      expectObservable(hub.topic(quotes('EURUSD')), '^------!').toBe('-------');
      expectObservable(hub.invoke('Now'), '--^').toBe('-----(n|)', { n: 42 });
    });
    expect(calls()).toContain('5 invoke Now');
    expect(calls().filter((call) => call.endsWith('Now'))).toEqual(['5 invoke Now']);
  });

  it("restarts the connection itself after the server closed it, with the policy's delays", () => {
    const states: HubConnectionState[] = [];
    scheduler.run(({ cold, hot, expectObservable }) => {
      const hub = new RxHub(connection, { scheduler, restart: { initialDelay: 2, baseDelay: 3, jitter: 0 } });
      hub.state$.subscribe((state) => states.push(state));
      let starts = 0;
      connection.starting(() => (++starts === 2 ? cold('#', undefined, new Error('ECONNREFUSED')) : cold('|')));
      connection.at(hot('--c'), { c: (c) => c.close(new Error('Server closed the connection')) });
      expectObservable(hub.topic(quotes('EURUSD')), '^-----------!').toBe('------------');
    });
    expect(calls()).toEqual([
      '0 start',
      '0 invoke Subscribe EURUSD',
      '4 start',
      '7 start',
      '7 invoke Subscribe EURUSD',
      '12 invoke Unsubscribe EURUSD',
      '12 stop',
    ]);
    expect(states).toEqual([
      'Disconnected',
      'Connecting',
      'Connected',
      'Reconnecting',
      'Connected',
      'Disconnecting',
      'Disconnected',
    ]);
  });

  it('retries a failed first start, which SignalR never retries', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const hub = new RxHub(connection, { scheduler, restart: { initialDelay: 1, baseDelay: 1, jitter: 0 } });
      let starts = 0;
      connection.starting(() => (++starts < 3 ? cold('-#', undefined, new Error('ECONNREFUSED')) : cold('|')));
      expectObservable(hub.invoke('Now')).toBe('----(u|)', { u: undefined });
    });
    expect(calls()).toEqual(['0 start', '2 start', '4 start', '4 invoke Now', '4 stop']);
  });

  it('gives up with a clear error when the policy says so, and holds nothing afterwards', () => {
    let hub!: RxHub;
    scheduler.run(({ cold, expectObservable }) => {
      hub = new RxHub(connection, { scheduler, restart: { initialDelay: 1, maxRetries: 2, jitter: 0, baseDelay: 1 } });
      connection.starting(() => cold('#', undefined, new Error('ECONNREFUSED')));
      const failure = new ConnectionFailedError(3, new Error('ECONNREFUSED'));
      expectObservable(hub.topic(quotes('EURUSD'))).toBe('--#', undefined, failure);
      expectObservable(hub.on('OnQuote')).toBe('--#', undefined, failure);
    });
    expect(calls()).toEqual(['0 start', '1 start', '2 start']);
    expect(hub.stats()).toEqual({ topics: 0, handlers: 0, calls: 0 });
    expect(connection.handlerCount()).toBe(0);
  });

  it('counts only the restarts in the error after a lost connection', () => {
    scheduler.run(({ cold, hot, expectObservable }) => {
      const hub = new RxHub(connection, {
        scheduler,
        restart: { initialDelay: 1, baseDelay: 1, maxRetries: 2, jitter: 0 },
      });
      let starts = 0;
      connection.starting(() => (++starts === 1 ? cold('|') : cold('#', undefined, new Error('ECONNREFUSED'))));
      connection.at(hot('--c'), { c: (c) => c.close(new Error('closed')) });
      const failure = new ConnectionFailedError(2, new Error('ECONNREFUSED'));
      expectObservable(hub.on('OnQuote')).toBe('----#', undefined, failure);
    });
    expect(calls()).toEqual(['0 start', '3 start', '4 start']);
  });

  it('never retries an authentication failure', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const hub = new RxHub(connection, { scheduler });
      const unauthorized = Object.assign(new Error("Unauthorized: Status code '401'"), { statusCode: 401 });
      connection.starting(() => cold('-#', undefined, unauthorized));
      expectObservable(hub.invoke('Now')).toBe('-#', undefined, new AuthenticationError(unauthorized));
    });
    expect(calls()).toEqual(['0 start']);
  });

  it('starts nothing more after giving up, when topics that require a session all fail', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const hub = new RxHub(connection, { scheduler });
      const unauthorized = Object.assign(new Error('Unauthorized'), { statusCode: 401 });
      connection.starting(() => cold('-#', undefined, unauthorized));
      const failure = new AuthenticationError(unauthorized);
      expectObservable(hub.topic({ ...quotes('EURUSD'), requires: login })).toBe('-#', undefined, failure);
      expectObservable(hub.topic({ ...quotes('GBPUSD'), requires: login })).toBe('-#', undefined, failure);
    });
    expect(calls()).toEqual(['0 start']);
  });

  it('re-requests a stream that the disconnect ended, and the subscriber sees only the gap', () => {
    scheduler.run(({ cold, hot, expectObservable }) => {
      const hub = new RxHub(connection, { scheduler });
      connection.respond('Trades', () => cold('-a-b-c-d-e-f-g'));
      connection.at(hot('----d--r------'), { d: (c) => c.drop(), r: (c) => c.reconnect() });
      expectObservable(hub.stream('Trades', 'demo'), '^----------!').toBe('-a-b----a-b-');
    });
    expect(calls()).toEqual([
      '0 start',
      '0 stream Trades demo',
      '7 stream Trades demo',
      '11 cancel Trades demo',
      '11 stop',
    ]);
  });

  it('stops after the linger once the last subscriber has left', () => {
    scheduler.run(({ expectObservable }) => {
      const hub = new RxHub(connection, { scheduler, linger: 5 });
      expectObservable(hub.on('OnQuote'), '^-!').toBe('---');
      expectObservable(hub.on('OnQuote'), '----^-!').toBe('-------');
    });
    expect(calls()).toEqual(['0 start', '11 stop']);
  });
});

describe('RxHub tokens', () => {
  it('invalidates the token on every loss, and retries once with a fresh token when the server refuses one', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    const connection = new TestHubConnection(scheduler);
    const tokens = { invalidate: jest.fn() };
    const unauthorized = Object.assign(new Error('Unauthorized'), { statusCode: 401 });
    scheduler.run(({ cold, hot, expectObservable }) => {
      const hub = new RxHub(connection, { scheduler, tokens, restart: { initialDelay: 1, jitter: 0 } });
      let starts = 0;
      connection.starting(() => ([2, 4, 5].includes(++starts) ? cold('#', undefined, unauthorized) : cold('|')));
      connection.at(hot('--c---c'), { c: (c) => c.close(new Error('closed')) });
      // start 1 ok; closed at 2: restart at 3 refused, refreshed start 2 ok; closed at 6: restart at 7 refused twice.
      expectObservable(hub.on('OnQuote')).toBe('-------#', undefined, new AuthenticationError(unauthorized));
    });
    expect(connection.log.map((call) => `${call.frame} ${call.kind}`)).toEqual([
      '0 start',
      '3 start',
      '3 start',
      '7 start',
      '7 start',
    ]);
    expect(tokens.invalidate).toHaveBeenCalledTimes(4);
  });
});
