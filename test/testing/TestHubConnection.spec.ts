import { TestScheduler } from 'rxjs/testing';
import { TestHubConnection } from '../../src/testing';

describe('TestHubConnection', () => {
  let scheduler: TestScheduler;

  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
  });

  it('settles scripted results within their frame and records each call with its frame', () => {
    const results: string[] = [];
    scheduler.run(({ cold }) => {
      const connection = new TestHubConnection(scheduler);
      connection.respond('Echo', (text: string) => cold('--(r|)', { r: text.toUpperCase() }));
      connection.start().then(() => results.push(`started ${scheduler.now()}`));
      scheduler.schedule(() => {
        connection.invoke('echo', 'hi').then((value) => results.push(`${value} ${scheduler.now()}`));
      }, 3);
    });
    expect(results).toEqual(['started 0', 'HI 5']);
  });

  it('rejects pending calls and errors streams when the transport drops, then reconnects with a new id', () => {
    const events: string[] = [];
    scheduler.run(({ cold }) => {
      const connection = new TestHubConnection(scheduler);
      connection.respond('Slow', () => cold('-----|'));
      connection.respond('Ticks', () => cold('-a-b-c-d'));
      connection.onreconnecting(() => events.push(`reconnecting ${connection.state}`));
      connection.onreconnected((id) => events.push(`reconnected ${id}`));
      connection.start();
      connection.invoke('Slow').then(undefined, (error: Error) => events.push(`invoke: ${error.message}`));
      connection.stream('Ticks').subscribe({
        next: (value) => events.push(`item ${value}`),
        error: (error: Error) => events.push(`stream: ${error.message}`),
        complete: () => events.push('complete'),
      });
      scheduler.schedule(() => connection.drop(new Error('gone')), 2);
      scheduler.schedule(() => connection.reconnect(), 4);
    });
    expect(events).toEqual([
      'item a',
      'invoke: gone',
      'stream: gone',
      'reconnecting Reconnecting',
      'reconnected connection-2',
    ]);
  });

  it('closes without reconnecting when automatic reconnect is off', () => {
    const events: string[] = [];
    scheduler.run(() => {
      const connection = new TestHubConnection(scheduler, { automaticReconnect: false });
      connection.onclose((error) => events.push(`closed ${error?.message} ${connection.state}`));
      connection.start();
      connection.drop(new Error('gone'));
    });
    expect(events).toEqual(['closed gone Disconnected']);
  });

  it('calls every distinct handler once per event, names case-insensitively', () => {
    const seen: unknown[] = [];
    scheduler.run(({ hot }) => {
      const connection = new TestHubConnection(scheduler);
      const handler = (value: unknown) => seen.push(value);
      connection.on('OnTick', handler);
      connection.on('ontick', handler);
      connection.serve('ONTICK', hot('-a-b', { a: 1, b: 2 }));
      expect(connection.handlerCount('OnTick')).toBe(1);
      scheduler.schedule(() => connection.off('OnTick', handler), 2);
    });
    expect(seen).toEqual([1]);
  });

  it('refuses calls while not connected, as the real client does', async () => {
    const connection = new TestHubConnection(new TestScheduler(() => undefined));
    await expect(connection.invoke('X')).rejects.toThrow(
      "Cannot send data if the connection is not in the 'Connected' State.",
    );
  });
});
