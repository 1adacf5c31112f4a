import { NEVER, of, throwError } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { RxHub } from '../../src';
import { TestHubConnection } from '../../src/testing';

describe('RxHub.handle', () => {
  let scheduler: TestScheduler;
  let connection: TestHubConnection;
  let hub: RxHub;

  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    connection = new TestHubConnection(scheduler);
    hub = new RxHub(connection, { scheduler });
  });

  it.each([
    ['a value', () => 42],
    ['a Promise', () => Promise.resolve(42)],
    ['the first value of an Observable', () => of(42, 43)],
  ])('answers the server with %s, while subscribed', async (_, handler) => {
    const handling = hub.handle('Quote', handler).subscribe();
    await expect(connection.invokeClient('Quote', 'EURUSD')).resolves.toBe(42);
    handling.unsubscribe();
    expect(connection.handlerCount('Quote')).toBe(0);
  });

  it('hands the server its arguments', async () => {
    hub.handle('Add', (a: number, b: number) => a + b).subscribe();
    await expect(connection.invokeClient('add', 2, 3)).resolves.toBe(5);
  });

  it.each([
    [
      'throws',
      () => {
        throw new Error('no quote');
      },
    ],
    ['rejects', () => Promise.reject(new Error('no quote'))],
    ['errors', () => throwError(() => new Error('no quote'))],
  ])('answers with the error of a handler that %s', async (_, handler) => {
    hub.handle('Quote', handler).subscribe();
    await expect(connection.invokeClient('Quote')).rejects.toThrow('Error: no quote');
  });

  it('answers nothing while the handler has no answer', async () => {
    hub.handle('Quote', () => NEVER).subscribe();
    const answer = Promise.race([
      connection.invokeClient('Quote'),
      new Promise((r) => setTimeout(() => r('none'), 20)),
    ]);
    await expect(answer).resolves.toBe('none');
  });

  it('refuses a second handler of a method, whatever its case, and takes one after the first has gone', () => {
    const first = hub.handle('Quote', () => 1).subscribe();
    const errors: unknown[] = [];
    hub.handle('QUOTE', () => 2).subscribe({ error: (error) => errors.push(error) });
    expect(errors).toEqual([new Error("Client method 'QUOTE' already has a handler: the server takes one answer")]);
    first.unsubscribe();
    hub.handle('QUOTE', () => 2).subscribe({ error: (error) => errors.push(error) });
    expect(errors).toHaveLength(1);
    expect(connection.handlerCount('quote')).toBe(1);
  });

  it('holds the connection while handling, and keeps its handler through a reconnect', () => {
    const counts: number[] = [];
    scheduler.run(({ hot }) => {
      connection.at(hot('---d-r----'), { d: (c) => c.drop(), r: (c) => c.reconnect() });
      const handling = hub.handle('Quote', () => 7).subscribe();
      hot('----c-c--x').subscribe((step) =>
        step === 'c' ? counts.push(connection.handlerCount('Quote')) : handling.unsubscribe(),
      );
    });
    expect(counts).toEqual([1, 1]);
    expect(connection.log.map((call) => call.kind)).toEqual(['start', 'stop']);
    expect(connection.handlerCount()).toBe(0);
  });
});
