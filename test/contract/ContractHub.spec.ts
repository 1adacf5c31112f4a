import { of, timer } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { ContractHub, DecodeError, RxHub } from '../../src';
import { TestHubConnection } from '../../src/testing';
import { chat, m } from './fixtures';

describe('ContractHub', () => {
  let scheduler: TestScheduler;
  let connection: TestHubConnection;
  let rx: RxHub;
  let hub: ContractHub<typeof chat>;

  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    connection = new TestHubConnection(scheduler);
    rx = new RxHub(connection, { scheduler });
    hub = new ContractHub(rx, chat);
  });

  describe('on', () => {
    it('validates an event under the decode policy: report skips a bad item, strict errors', () => {
      const errors: string[] = [];
      rx.errors$.subscribe((error) => errors.push(error.message));
      scheduler.run(({ hot, expectObservable }) => {
        connection.serve('OnNotice', hot('-a-b-c', { a: 'up', b: 42, c: 'down' }));
        expectObservable(hub.on('OnNotice')).toBe('-a---c', { a: 'up', c: 'down' });
        expectObservable(hub.withDecode('strict').on('OnNotice')).toBe(
          '-a-#',
          { a: 'up' },
          new DecodeError('OnNotice', '', 42, 'string'),
        );
      });
      expect(errors).toEqual(['OnNotice: invalid value 42 at (payload), expected string']);
    });
  });

  it('gives the positional arguments of an event declared with args as a tuple, validated', () => {
    const errors: string[] = [];
    rx.errors$.subscribe((error) => errors.push(error.message));
    scheduler.run(({ expectObservable }) => {
      expectObservable(hub.on('OnScore')).toBe('-a-', { a: ['ann', 3] });
      scheduler.schedule(() => connection.emit('OnScore', 'ann', 3), 1);
      scheduler.schedule(() => connection.emit('OnScore', 'bob', 'three'), 2);
    });
    expect(errors).toEqual(['OnScore: invalid value "three" at [1], expected number']);
  });

  describe('invoke and send', () => {
    it('invokes once per subscription and validates the result', () => {
      scheduler.run(({ cold, expectObservable }) => {
        connection.respond('Post', () => cold('--(r|)', { r: 7 }));
        expectObservable(hub.invoke('Post', m('lobby', 'hi'))).toBe('--(r|)', { r: 7 });
      });
      expect(connection.invocations('Post')).toEqual([
        { frame: 0, kind: 'invoke', method: 'Post', args: [m('lobby', 'hi')] },
      ]);
    });

    it('gives a result that does not decode to the caller under strict', () => {
      scheduler.run(({ cold, expectObservable }) => {
        connection.respond('Post', () => cold('-(r|)', { r: 'seven' }));
        expectObservable(hub.withDecode('strict').invoke('Post', m('lobby', 'hi'))).toBe(
          '-#',
          undefined,
          new DecodeError('Post', '', 'seven', 'number'),
        );
      });
    });

    it('sends without waiting for a result', () => {
      scheduler.run(({ expectObservable }) => {
        expectObservable(hub.send('Login', 'ann')).toBe('|');
      });
      expect(connection.log[1]).toEqual({ frame: 0, kind: 'send', method: 'Login', args: ['ann'] });
    });
  });

  describe('stream', () => {
    it('validates each item and cancels the stream on unsubscribe', () => {
      const errors: DecodeError[] = [];
      rx.errors$.subscribe((error) => errors.push(error as DecodeError));
      scheduler.run(({ cold, expectObservable }) => {
        connection.respond('Countdown', () => cold('-a-b-c-d', { a: 3, b: 'two', c: 1, d: 0 }));
        expectObservable(hub.stream('Countdown', 3), '^------!').toBe('-a---c-', { a: 3, c: 1 });
      });
      expect(connection.log.filter((call) => call.method === 'Countdown').map((call) => call.kind)).toEqual([
        'stream',
        'cancel',
      ]);
      expect(errors.map((error) => error.message)).toEqual([
        'Countdown: invalid value "two" at (payload), expected number',
      ]);
    });
  });

  describe('topic', () => {
    it('shares one subscribe call between subscribers, routes items by key, and unsubscribes once', () => {
      const values = { a: m('lobby', 'a'), b: m('games', 'b'), c: m('lobby', 'c') };
      scheduler.run(({ hot, expectObservable }) => {
        connection.serve('OnMessage', hot('-a-b-c--', values));
        const lobby = hub.topic('room', 'lobby');
        expectObservable(lobby, '^---!   ').toBe('-a---   ', values);
        expectObservable(lobby, '--^-----!').toBe('-----c--', values);
        expectObservable(hub.topic('room', 'games'), '^-----!').toBe('---b--', values);
      });
      expect(connection.invocations().map(({ frame, method, args }) => [frame, method, args])).toEqual([
        [0, 'JoinRoom', ['lobby']],
        [0, 'JoinRoom', ['games']],
        [6, 'LeaveRoom', ['games']],
        [8, 'LeaveRoom', ['lobby']],
      ]);
      expect(connection.handlerCount()).toBe(0);
    });

    it('resubscribes every active topic exactly once after a reconnect', () => {
      const values = { a: m('lobby', 'a'), b: m('lobby', 'b') };
      scheduler.run(({ hot, expectObservable }) => {
        connection.serve('OnMessage', hot('-a-----b', values));
        connection.at(hot('---d-r--'), { d: (c) => c.drop(), r: (c) => c.reconnect() });
        expectObservable(hub.topic('room', 'lobby')).toBe('-a-----b', values);
        expectObservable(hub.topic('room', 'lobby')).toBe('-a-----b', values);
      });
      expect(connection.invocations('JoinRoom').map((call) => call.frame)).toEqual([0, 5]);
    });

    it('routes each item of a batch to the topic its key names, with its place in the error path', () => {
      const errors: string[] = [];
      rx.errors$.subscribe((error) => errors.push(error.message));
      const batch = (job: unknown, ...percents: unknown[]) => ({
        job,
        steps: percents.map((percent) => ({ job, percent })),
      });
      scheduler.run(({ hot, expectObservable }) => {
        connection.serve('OnProgress', hot('-a-b-c', { a: batch(1, 10, 20), b: batch(2, 50), c: batch(1, 'x', 30) }));
        expectObservable(hub.topic('job', { job: 1 })).toBe('-(ab)c', {
          a: { job: 1, percent: 10 },
          b: { job: 1, percent: 20 },
          c: { job: 1, percent: 30 },
        });
      });
      expect(connection.invocations('Watch')[0].args).toEqual([{ job: 1 }]);
      expect(errors).toEqual(['OnProgress: invalid value "x" at steps[0].percent, expected number']);
    });

    it('listens to every item of an event without a key or a subscribe call', () => {
      scheduler.run(({ hot, expectObservable }) => {
        connection.serve('OnNotice', hot('-a-b', { a: 'up', b: 'down' }));
        expectObservable(hub.topic('notices')).toBe('-a-b', { a: 'up', b: 'down' });
      });
      expect(connection.invocations()).toEqual([]);
    });

    it('makes its session set-up first, once, and holds it for every topic and stream', () => {
      const session = new ContractHub(rx, chat, { session: ['session', 'ann'] });
      scheduler.run(({ cold, hot, expectObservable }) => {
        connection.respond('Hello', () => cold('--(r|)', { r: true }));
        connection.respond('Countdown', () => cold('-a', { a: 1 }));
        connection.serve('OnWelcome', hot('---w', { w: { user: 'ann' } }));
        expectObservable(session.topic('room', 'lobby'), '^-----!').toBe('------');
        expectObservable(session.stream('Countdown', 1), '^-----!').toBe('---a--', { a: 1 });
        expectObservable(session.topic('session', 'ann'), '^-----!').toBe('---w--', { w: { user: 'ann' } });
      });
      expect(connection.invocations().map(({ frame, method }) => [frame, method])).toEqual([
        [0, 'Hello'],
        [2, 'JoinRoom'],
        [6, 'LeaveRoom'],
      ]);
      expect(connection.log.filter((call) => call.kind === 'stream').map((call) => call.frame)).toEqual([2]);
    });
  });

  describe('handle', () => {
    it.each([
      ['a value', (question: string) => question === 'buy?'],
      ['a Promise', async (question: string) => question === 'buy?'],
      ['an Observable (its first value)', (question: string) => timer(1).pipe(() => of(question === 'buy?', false))],
    ])('answers the server with %s', async (_, handler) => {
      const handling = hub.handle('Confirm', handler).subscribe();
      await expect(connection.invokeClient('Confirm', 'buy?')).resolves.toBe(true);
      handling.unsubscribe();
      await expect(connection.invokeClient('Confirm', 'buy?')).rejects.toThrow("Client didn't provide a result.");
    });

    it('validates the arguments, and answers one that does not decode with its error', async () => {
      const errors: string[] = [];
      rx.errors$.subscribe((error) => errors.push(error.message));
      hub.handle('Rate', (message, stars) => message.text.length * stars).subscribe();
      await expect(connection.invokeClient('Rate', m('lobby', 'hi'), 3)).resolves.toBe(6);
      await expect(connection.invokeClient('Rate', m('lobby', 'hi'), '3')).rejects.toThrow(
        'Error: Rate: the arguments do not match the contract',
      );
      expect(errors).toEqual(['Rate: invalid value "3" at [1], expected number']);
      hub
        .withDecode('strict')
        .handle('Confirm', () => true)
        .subscribe();
      await expect(connection.invokeClient('Confirm', 1)).rejects.toThrow(
        'DecodeError: Confirm: invalid value 1 at (payload), expected string',
      );
    });

    it("answers with the handler's error when it throws", async () => {
      hub
        .handle('Confirm', () => {
          throw new Error('no dealer on duty');
        })
        .subscribe();
      await expect(connection.invokeClient('Confirm', 'buy?')).rejects.toThrow('Error: no dealer on duty');
    });

    it('answers null for a client method declared without a result', async () => {
      hub.handle('Ack', () => undefined).subscribe();
      await expect(connection.invokeClient('Ack')).resolves.toBeNull();
    });

    it('takes one handler per method at a time, and holds the connection while handling', () => {
      const first = hub.handle('Confirm', () => true).subscribe();
      expect(connection.state).toBe('Connected');
      let refused: unknown;
      rx.handle('confirm', () => false).subscribe({ error: (error) => (refused = error) });
      expect(refused).toEqual(new Error("Client method 'confirm' already has a handler: the server takes one answer"));
      first.unsubscribe();
      expect(connection.handlerCount('Confirm')).toBe(0);
      scheduler.flush(); // the hub lets go of the connection after its linger (0), on the scheduler
      expect(connection.state).toBe('Disconnected');
    });

    it('passes the arguments as they are under trust', async () => {
      hub
        .withDecode('trust')
        .handle('Confirm', (question) => String(question) === '1')
        .subscribe();
      await expect(connection.invokeClient('Confirm', 1)).resolves.toBe(true);
    });
  });
});
