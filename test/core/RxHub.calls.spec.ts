import { TestScheduler } from 'rxjs/testing';
import * as t from 'io-ts';
import { DecodeError, HubInvocationError, RxHub } from '../../src';
import { TestHubConnection } from '../../src/testing';
import { q, quotes } from './fixtures';

describe('RxHub calls and events', () => {
  let scheduler: TestScheduler;
  let connection: TestHubConnection;
  let hub: RxHub;

  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    connection = new TestHubConnection(scheduler);
    hub = new RxHub(connection, { scheduler });
  });

  describe('invoke', () => {
    it('invokes once per subscription, emits the result and completes', () => {
      scheduler.run(({ cold, expectObservable }) => {
        connection.respond('Add', (a: number, b: number) => cold('--(r|)', { r: a + b }));
        const sum = hub.invoke<number>('Add', 2, 3);
        expectObservable(sum).toBe('  --(r|)', { r: 5 });
        expectObservable(sum, '-^').toBe('---(r|)', { r: 5 });
      });
      expect(connection.invocations('Add').map((call) => call.frame)).toEqual([0, 1]);
    });

    it('gives a hub error to its caller only', () => {
      scheduler.run(({ cold, expectObservable }) => {
        connection.respond('Fail', () => cold('-#', undefined, new Error('HubException: nope')));
        connection.respond('Ok', () => cold('--(r|)', { r: 'fine' }));
        expectObservable(hub.invoke('Fail')).toBe(
          '-#',
          undefined,
          new HubInvocationError('Fail', new Error('HubException: nope')),
        );
        expectObservable(hub.invoke('Ok')).toBe('  --(r|)', { r: 'fine' });
        expectObservable(hub.topic(quotes('EURUSD')), '^---!').toBe('-----');
      });
    });

    it('marks an invocation cut short by a lost connection', () => {
      scheduler.run(({ cold, hot, expectObservable }) => {
        connection.respond('Slow', () => cold('-----(r|)', { r: 1 }));
        connection.at(hot('--d-r'), { d: (c) => c.drop(), r: (c) => c.reconnect() });
        const lost = new HubInvocationError(
          'Slow',
          new Error('WebSocket closed with status code: 1006 (no reason given).'),
          true,
        );
        expectObservable(hub.invoke('Slow')).toBe('--#', undefined, lost);
      });
    });

    it('sends without waiting for a result', () => {
      scheduler.run(({ expectObservable }) => {
        expectObservable(hub.send('Notify', 'x')).toBe('|');
      });
      expect(connection.log.map((call) => call.kind)).toEqual(['start', 'send', 'stop']);
    });
  });

  describe('stream', () => {
    it('requests on subscribe and cancels on unsubscribe', () => {
      scheduler.run(({ cold, expectObservable }) => {
        connection.respond('Counter', () => cold('-1-2-3-4-5'));
        expectObservable(hub.stream('Counter', 10), '--^----!').toBe('---1-2--');
      });
      expect(connection.log.map((call) => `${call.frame} ${call.kind}`)).toEqual([
        '2 start',
        '2 stream',
        '7 cancel',
        '7 stop',
      ]);
    });

    it('gives a server error to its subscriber', () => {
      scheduler.run(({ cold, expectObservable }) => {
        connection.respond('Counter', () => cold('-1-#', undefined, new Error('HubException: boom')));
        expectObservable(hub.stream('Counter')).toBe(
          '-1-#',
          undefined,
          new HubInvocationError('Counter', new Error('HubException: boom')),
        );
      });
    });
  });

  describe('on', () => {
    it('registers one handler per event for many subscribers and removes that very handler', () => {
      const handlers: number[] = [];
      scheduler.run(({ hot, expectObservable }) => {
        connection.serve('OnClock', hot('-a-b-c-', { a: 1, b: 2, c: 3 }));
        hot('--x---y').subscribe(() => handlers.push(connection.handlerCount('OnClock')));
        expectObservable(hub.on('OnClock'), '^----!').toBe('-a-b--', { a: [1], b: [2] });
        expectObservable(hub.on('onclock'), '^--!').toBe('  -a--', { a: [1] });
      });
      expect(handlers).toEqual([1, 0]);
      expect(connection.log.filter((call) => call.kind === 'start')).toHaveLength(1);
    });

    const Clock = t.type({ time: t.number }, 'Clock');
    const values = { a: { time: 1 }, x: { time: 'noon' }, b: { time: 2 } };
    const bad = new DecodeError('OnClock', 'time', 'noon', 'number');

    it('reports a payload that fails its codec and delivers the valid ones around it', () => {
      const errors: DecodeError[] = [];
      scheduler.run(({ hot, expectObservable }) => {
        hub.errors$.subscribe((error) => errors.push(error as DecodeError));
        connection.serve('OnClock', hot('-a-x-b-', values));
        expectObservable(hub.on('OnClock', Clock), '^------!').toBe('-a---b-', values);
      });
      expect(errors).toEqual([bad]);
      expect(errors[0].message).toBe('OnClock: invalid value "noon" at time, expected number');
    });

    it('errors under the strict policy, and passes everything through under trust', () => {
      scheduler.run(({ hot, expectObservable }) => {
        connection.serve('OnClock', hot('-a-x-b-', values));
        expectObservable(hub.on('OnClock', Clock, 'strict')).toBe('-a-#', values, bad);
        expectObservable(hub.on('OnClock', Clock, 'trust'), '^------!').toBe('-a-x-b-', values);
      });
    });
  });

  describe('topic decoding', () => {
    const Quote = t.type({ symbol: t.string, price: t.number }, 'Quote');
    const values = { a: q('EURUSD', 1), x: { symbol: 'EURUSD', price: null }, b: q('EURUSD', 2) };

    it('decodes each item once for all subscribers (a refused one again, for its errors), per policy', () => {
      const errors: unknown[] = [];
      const decoded: unknown[] = [];
      const codec = new t.Type<unknown>(
        'Quote',
        Quote.is,
        (u, c) => (decoded.push(u), Quote.validate(u, c)),
        t.identity,
      );
      scheduler.run(({ hot, expectObservable }) => {
        hub.errors$.subscribe((error) => errors.push(error));
        connection.serve('OnQuote', hot('-a-x-b-', values));
        const spec = { ...quotes('EURUSD'), codec };
        const bad = new DecodeError('OnQuote', 'price', null, 'number');
        expectObservable(hub.topic(spec), '^------!').toBe('-a---b-', values);
        expectObservable(hub.topic(spec), '^------!').toBe('-a---b-', values);
        expectObservable(hub.topic({ ...spec, decode: 'strict' })).toBe('-a-#', values, bad);
        expectObservable(hub.topic({ ...spec, decode: 'trust' }), '^------!').toBe('-a-x-b-', values);
      });
      expect(decoded).toEqual([values.a, values.x, values.x, values.b]);
      expect(errors).toHaveLength(1);
      expect(connection.invocations('Subscribe')).toHaveLength(1);
    });
  });
});
