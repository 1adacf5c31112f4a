// Issue #18.1: a server that refuses the connection is visible, to connectionErrors$ and, in the end, to subscribers.
import { HubConnectionState } from '@microsoft/signalr';
import { firstValueFrom, lastValueFrom, materialize, take, timeout, toArray } from 'rxjs';
import { ConnectionError, ConnectionFailedError } from '../../src';
import { simulatorFixture } from './fixtures';

describe('RxHub against a hub the server cannot create', () => {
  const sim = simulatorFixture();

  it('publishes each close with the server message, then fails its subscribers after five refusals in a row', async () => {
    const hub = sim.rxHub('/hubs/broken/v1');
    const closes = firstValueFrom(hub.connectionErrors$.pipe(take(5), toArray(), timeout(15_000)));
    const states: HubConnectionState[] = [];
    hub.state$.subscribe((state) => states.push(state));

    const [notification] = await lastValueFrom(hub.on('OnAnything').pipe(materialize(), toArray(), timeout(15_000)));

    const errors = await closes;
    for (const error of errors) {
      expect(error).toBeInstanceOf(ConnectionError);
      expect(error.message).toMatch(
        /Unable to resolve service for type 'RxHub\.Simulator\.Hubs\.IUnregisteredService'/,
      );
    }
    expect(notification.kind).toBe('E');
    const failure = notification.error as ConnectionFailedError;
    expect(failure).toBeInstanceOf(ConnectionFailedError);
    expect(failure.message).toMatch(/^Could not connect after 5 attempts: .*Unable to resolve service for type/);
    expect(states[states.length - 1]).toBe(HubConnectionState.Disconnected);
    expect(hub.stats()).toEqual({ topics: 0, handlers: 0, calls: 0 });
  });
});
