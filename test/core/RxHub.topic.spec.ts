import { TestScheduler } from 'rxjs/testing';
import { RxHub, HubInvocationError } from '../../src';
import { TestHubConnection } from '../../src/testing';
import { onQuote, q, quotes } from './fixtures';

describe('RxHub.topic', () => {
  let scheduler: TestScheduler;
  let connection: TestHubConnection;
  let hub: RxHub;

  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    connection = new TestHubConnection(scheduler);
    hub = new RxHub(connection, { scheduler });
  });

  it('shares one subscribe call and one handler between three subscribers, and unsubscribes once', () => {
    const values = { a: q('EURUSD', 1), b: q('EURUSD', 2), c: q('EURUSD', 3) };
    scheduler.run(({ hot, expectObservable }) => {
      connection.serve('OnQuote', hot('-a--b---c---', values));
      const eurusd = hub.topic(quotes('EURUSD'));
      const first = '                 ^-------!   ';
      const second = '                 --^---!     ';
      const third = '                  ---^------! ';
      expectObservable(eurusd, first).toBe('-a--b---    ', values);
      expectObservable(eurusd, second).toBe('----b-      ', values);
      expectObservable(eurusd, third).toBe('----b---c-- ', values);
    });
    expect(connection.log).toEqual([
      { frame: 0, kind: 'start' },
      { frame: 0, kind: 'invoke', method: 'Subscribe', args: ['EURUSD'] },
      { frame: 10, kind: 'invoke', method: 'Unsubscribe', args: ['EURUSD'] },
      { frame: 10, kind: 'stop' },
    ]);
    expect(connection.handlerCount()).toBe(0);
  });

  it('routes the items of one event to the topic of their key', () => {
    const values = { e: q('EURUSD', 1), g: q('GBPUSD', 2), u: q('USDJPY', 3) };
    scheduler.run(({ hot, expectObservable }) => {
      connection.serve('OnQuote', hot('-e-g-u-g-e-', values));
      expectObservable(hub.topic(quotes('EURUSD'))).toBe('-e-------e-', values);
      expectObservable(hub.topic(quotes('GBPUSD'))).toBe('---g---g---', values);
    });
    expect(connection.handlerCount('OnQuote')).toBe(1);
    expect(connection.invocations().map((call) => call.args)).toEqual([['EURUSD'], ['GBPUSD']]);
  });

  it('treats event names case-insensitively', () => {
    const values = { e: q('EURUSD', 1) };
    scheduler.run(({ hot, expectObservable }) => {
      connection.serve('onquote', hot('-e-', values));
      expectObservable(hub.topic(quotes('EURUSD')), '^--!').toBe('-e-', values);
    });
    expect(connection.invocations('unsubscribe')).toHaveLength(1);
    expect(connection.handlerCount('ONQUOTE')).toBe(0);
  });

  it('keeps the handler until the unsubscribe call has completed', () => {
    const values = { a: q('EURUSD', 1) };
    const handlers: number[] = [];
    scheduler.run(({ cold, hot, expectObservable }) => {
      connection.respond('Unsubscribe', () => cold('---(r|)', { r: true }));
      hot('--x-y--z-').subscribe(() => handlers.push(connection.handlerCount('OnQuote')));
      expectObservable(hub.topic(quotes('EURUSD')), '^--!').toBe('---', values);
    });
    expect(handlers).toEqual([1, 1, 0]);
  });

  it('errors only the subscribers of a topic whose subscribe call fails, and leaves the ref-count clean', () => {
    const values = { g: q('GBPUSD', 2) };
    const failure = new HubInvocationError('Subscribe', new Error('Unknown symbol XXX'));
    scheduler.run(({ cold, hot, expectObservable }) => {
      connection.respond('Subscribe', (symbol: string) =>
        symbol === 'XXX' ? cold('--#', undefined, new Error('Unknown symbol XXX')) : cold('-(r|)', { r: true }),
      );
      connection.serve('OnQuote', hot('----g-', values));
      expectObservable(hub.topic(quotes('XXX'))).toBe('--#', undefined, failure);
      expectObservable(hub.topic(quotes('XXX'))).toBe('--#', undefined, failure);
      expectObservable(hub.topic(quotes('GBPUSD')), '^-----!').toBe('----g-', values);
    });
    expect(connection.invocations('Subscribe').map((call) => call.args)).toEqual([['XXX'], ['GBPUSD']]);
    expect(connection.invocations('Unsubscribe').map((call) => call.args)).toEqual([['GBPUSD']]);
    expect(hub.stats()).toEqual({ topics: 0, handlers: 0, calls: 0 });
  });

  it('subscribes again when a subscriber arrives after a failed subscribe', () => {
    scheduler.run(({ cold, expectObservable }) => {
      let calls = 0;
      connection.respond('Subscribe', () => (++calls === 1 ? cold('#') : cold('(r|)', { r: true })));
      expectObservable(hub.topic(quotes('EURUSD')), '^!').toBe('#', undefined, expect.any(HubInvocationError));
      expectObservable(hub.topic(quotes('EURUSD')), '--^--!').toBe('-----');
    });
    expect(connection.invocations().map((call) => `${call.frame} ${call.method}`)).toEqual([
      '0 Subscribe',
      '2 Subscribe',
      '5 Unsubscribe',
    ]);
  });

  it('unsubscribes once the subscribe call completes when the last subscriber left while it was in flight', () => {
    scheduler.run(({ cold, expectObservable }) => {
      connection.respond('Subscribe', () => cold('----(r|)', { r: true }));
      expectObservable(hub.topic(quotes('EURUSD')), '^-!').toBe('---');
    });
    expect(connection.invocations().map((call) => `${call.frame} ${call.method}`)).toEqual([
      '0 Subscribe',
      '4 Unsubscribe',
    ]);
  });

  it('waits for a set-up topic before any other call', () => {
    scheduler.run(({ cold, expectObservable }) => {
      connection.respond('Login', () => cold('---(t|)', { t: true }));
      const login = hub.topic({ subscribe: { method: 'Login', args: [] }, stage: 'setup' });
      expectObservable(login, '^-------!').toBe('--------');
      expectObservable(hub.topic(quotes('EURUSD')), '-^------!').toBe('--------');
      expectObservable(hub.invoke('Now'), '--^').toBe('---(u|)', { u: undefined });
    });
    expect(connection.invocations().map((call) => `${call.frame} ${call.method}`)).toEqual([
      '0 Login',
      '3 Subscribe',
      '3 Now',
      '8 Unsubscribe',
    ]);
  });

  it('listens without a server call when the topic has no subscribe call, still waiting for set-up', () => {
    const values = { e: q('EURUSD', 1), g: q('GBPUSD', 2) };
    scheduler.run(({ hot, expectObservable }) => {
      connection.serve('OnQuote', hot('-e-g-e-', values));
      const listener = hub.topic({ routes: [{ route: onQuote, key: 'GBPUSD' }] });
      expectObservable(listener, '^-----!').toBe('---g---', values);
      expectObservable(listener, '--^---!').toBe('---g---', values);
    });
    expect(connection.invocations()).toEqual([]);
    expect(connection.handlerCount()).toBe(0);
  });

  it('holds a required topic once per topic, however many subscribers, and releases it with the topic', () => {
    scheduler.run(({ expectObservable }) => {
      const session = { subscribe: { method: 'Login', args: [] }, stage: 'setup' as const };
      const eurusd = hub.topic({ ...quotes('EURUSD'), requires: session });
      expectObservable(eurusd, '^---!').toBe('-----');
      expectObservable(eurusd, '-^-!').toBe('-----');
      scheduler.schedule(() => expect(hub.stats().topics).toBe(2), 2);
    });
    expect(connection.invocations().map((call) => `${call.frame} ${call.method}`)).toEqual([
      '0 Login',
      '0 Subscribe',
      '4 Unsubscribe',
    ]);
    expect(hub.stats()).toEqual({ topics: 0, handlers: 0, calls: 0 });
  });

  it('fails the subscribers of a topic whose required topic fails', () => {
    scheduler.run(({ cold, expectObservable }) => {
      connection.respond('Login', () => cold('--#', undefined, new Error('Unknown platform')));
      const session = { subscribe: { method: 'Login', args: [] }, stage: 'setup' as const };
      const failure = new HubInvocationError('Login', new Error('Unknown platform'));
      expectObservable(hub.topic({ ...quotes('EURUSD'), requires: session })).toBe('--#', undefined, failure);
    });
    expect(connection.invocations().map((call) => call.method)).toEqual(['Login']);
    expect(hub.stats()).toEqual({ topics: 0, handlers: 0, calls: 0 });
  });

  it('refuses two topics that route the same key of one event', () => {
    scheduler.run(({ expectObservable }) => {
      expectObservable(hub.topic(quotes('EURUSD')), '^-!').toBe('---');
      const clash = { ...quotes('EURUSD'), subscribe: { method: 'SubscribeAgain', args: ['EURUSD'] } };
      expectObservable(hub.topic(clash), '^-!').toBe(
        '#',
        undefined,
        new Error(
          `Two topics route key 'EURUSD' of event 'OnQuote': subscribeagain:["EURUSD"] and subscribe:["EURUSD"]`,
        ),
      );
    });
  });
});
