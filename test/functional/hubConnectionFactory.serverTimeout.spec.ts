// A connection that goes silent without closing (a hung server, a path that drops packets) is noticed by the
// client's server timeout alone: the simulator's /admin/stall stops one connection's bytes both ways, keep-alives
// included, and leaves its socket open.
import { HubConnectionState, LogLevel } from '@microsoft/signalr';
import type { Gap } from '../../src';
import { simulatorHooks } from '../support/simulatorHooks';
import { waitFor } from '../support/waitFor';
import { room, simulatorFixture, type ChatMessage } from './fixtures';

const SERVER_TIMEOUT = 3000; // the chat hub pings about every second (ChatKeepAliveMs, checked once a second)

describe('hubConnectionFactory serverTimeoutInMilliseconds against a stalled connection', () => {
  const sim = simulatorFixture();
  const subscriptions = simulatorHooks(sim, ['chat'], () => sim.admin.releaseStalls());

  it('notices within the server timeout, reconnects, and joins every room again exactly once', async () => {
    const hub = sim.chat({
      connection: {
        serverTimeoutInMilliseconds: SERVER_TIMEOUT,
        keepAliveIntervalInMilliseconds: 1000,
        logLevel: LogLevel.None, // the timeout is expected: SignalR would log it as an error
      },
    });
    const gaps: Gap[] = [];
    let reconnectingAt: number | undefined;
    subscriptions.add(hub.gaps$.subscribe((gap) => gaps.push(gap)));
    subscriptions.add(
      hub.state$.subscribe((state) => {
        if (state === HubConnectionState.Reconnecting) reconnectingAt ??= Date.now();
      }),
    );
    const received: Record<string, ChatMessage[]> = { a: [], b: [], c: [] };
    for (const name of ['a', 'b', 'c']) {
      subscriptions.add(room(hub, name).subscribe((message) => received[name].push(message)));
      subscriptions.add(room(hub, name).subscribe()); // a second subscriber shares the room
    }
    await waitFor(
      () => sim.subscriptions('chat'),
      (subs) => Object.keys(subs).length === 3,
      { what: 'three rooms joined' },
    );
    const stalled = hub.connectionId!;
    await sim.admin.clearCalls();

    await sim.admin.stall(stalled);
    const stalledAt = Date.now();
    await waitFor(
      () => gaps.length,
      (n) => n === 1,
      { what: 'the gap to close', timeoutMs: SERVER_TIMEOUT + 10_000 },
    );

    // The last message before the stall came at most about a second and a half before it (a ping).
    const noticedAfter = reconnectingAt! - stalledAt;
    expect(noticedAfter).toBeGreaterThan(SERVER_TIMEOUT - 2000);
    expect(noticedAfter).toBeLessThanOrEqual(SERVER_TIMEOUT + 250);
    expect(gaps[0].reason?.message).toBe('Server timeout elapsed without receiving a message from the server.');
    expect(gaps[0]).toMatchObject({ topics: 3, connectionId: hub.connectionId });
    expect(hub.connectionId).not.toBe(stalled);

    const calls = await sim.admin.calls({ hub: 'chat' });
    expect(calls.map((call) => [call.connectionId, call.method, call.args])).toEqual(
      expect.arrayContaining([
        [hub.connectionId, 'JoinRoom', [{ room: 'a' }]],
        [hub.connectionId, 'JoinRoom', [{ room: 'b' }]],
        [hub.connectionId, 'JoinRoom', [{ room: 'c' }]],
      ]),
    );
    expect(calls).toHaveLength(3);

    // The stalled connection is still open on the server until its bytes flow again and it reads the client's close.
    expect((await sim.admin.connection(stalled))?.subscriptions).toEqual({
      'JoinRoom a': 1,
      'JoinRoom b': 1,
      'JoinRoom c': 1,
    });
    await sim.admin.releaseStalls();
    await waitFor(
      () => sim.admin.connections('chat'),
      (list) => list.length === 1,
      { what: 'the stalled connection to go', timeoutMs: 10_000 },
    );
    expect(await sim.subscriptions('chat')).toEqual({ 'JoinRoom a': 1, 'JoinRoom b': 1, 'JoinRoom c': 1 });

    const poster = sim.chat();
    const id = await sim.first(poster.invoke<string>('Post', { room: 'b', text: 'after the stall' }));
    await waitFor(
      () => received.b.map((message) => message.text),
      (texts) => texts.includes('after the stall'),
      { what: 'a message in room b' },
    );
    expect(received.b.filter((message) => message.id === id[0])).toHaveLength(1);
    expect(received.a.concat(received.c)).toEqual([]);
  });
});
