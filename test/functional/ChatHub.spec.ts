// The generic API (on, invoke, send, stream, topic) as users of other hubs meet it: the simulator's chat hub, which
// is not CPlugin, with the real @microsoft/signalr client over loopback. Every failure asserts the exact text the
// user sees.
import { LogLevel } from '@microsoft/signalr';
import { firstValueFrom, from, take, throwError, timeout, toArray, type Observable } from 'rxjs';
import { HubInvocationError, type Gap } from '../../src';
import { simulatorHooks } from '../support/simulatorHooks';
import { waitFor } from '../support/waitFor';
import { room, simulatorFixture, type ChatMessage } from './fixtures';

/** The error an observable ends with; fails when it completes instead. */
async function failure(source: Observable<unknown>): Promise<Error> {
  const outcome = await firstValueFrom(source.pipe(toArray(), timeout(10_000))).then(
    (items) => new Error(`completed with ${JSON.stringify(items)}`),
    (error: unknown) => error,
  );
  if (!(outcome instanceof HubInvocationError)) throw outcome;
  return outcome;
}

describe('the generic API against the chat hub', () => {
  const sim = simulatorFixture();
  const subscriptions = simulatorHooks(sim, ['chat']);

  describe('echo', () => {
    it('returns unicode strings as they were sent', async () => {
      const hub = sim.chat();
      const texts = [
        'héllo wörld',
        '日本語のテキスト',
        'עברית ومرحبا', // right to left
        '🌍 👩‍👩‍👧‍👦 🏳️‍🌈', // astral plane, zero-width joiners, variation selectors
        'e\u0301 \u00e9', // combining and precomposed, kept apart (no normalisation)
        'quote " backslash \\ tab \t newline \n nul \u0000 separator \u001e',
        '',
      ];
      for (const text of texts) expect(await sim.first(hub.invoke<string>('Echo', text))).toEqual([text]);
    });

    it('returns any JSON value as it was sent, up to just under the size limit', async () => {
      const hub = sim.chat();
      for (const payload of [{ a: [1, null, 'x'], b: { c: true, d: -1.5e-7 } }, [], 'text', 0, false, null])
        expect(await sim.first(hub.invoke('EchoPayload', payload))).toEqual([payload]);

      // 1 000 rows of about 60 UTF-8 bytes with multi-byte characters: some 62 KB, under the 64 KB limit.
      const rows = Array.from({ length: 1000 }, (_, i) => ({ i, text: `ligne ${i} — ünïcödé 🚀`, ok: i % 2 === 0 }));
      const size = Buffer.byteLength(JSON.stringify(rows));
      expect(size).toBeGreaterThan(60_000);
      expect(size).toBeLessThan(64 * 1024 - 200);
      expect(await sim.first(hub.invoke('EchoPayload', rows))).toEqual([rows]);
    });
  });

  describe('a message over the server size limit', () => {
    const TOO_BIG =
      'Server returned an error on close: Connection closed with an error. InvalidDataException: ' +
      'The maximum message size of 65536B was exceeded. The message size can be configured in AddHubOptions.';
    /** An Echo whose whole invocation message, with its record separator, is `bytes` long. */
    const echoOf = (bytes: number): string => {
      const frame = JSON.stringify({ arguments: [''], invocationId: '0', target: 'Echo', type: 1 }).length + 1;
      return 'x'.repeat(bytes - frame);
    };

    it('takes a message of exactly the limit, record separator included, and refuses one byte more', async () => {
      const hub = sim.chat({ connection: { logLevel: LogLevel.None } });
      const largest = echoOf(64 * 1024);
      expect(await sim.first(hub.invoke<string>('Echo', largest))).toEqual([largest]);
      expect((await failure(hub.invoke('Echo', echoOf(64 * 1024 + 1)))).message).toBe(`Echo failed: ${TOO_BIG}`);
    });

    it('closes the connection with the server text, fails the pending call with it, and the hub recovers', async () => {
      const hub = sim.chat({ connection: { logLevel: LogLevel.None } }); // SignalR would log the close as an error
      const gaps: Gap[] = [];
      const messages: ChatMessage[] = [];
      const errors: unknown[] = [];
      subscriptions.add(hub.gaps$.subscribe((gap) => gaps.push(gap)));
      subscriptions.add(
        room(hub, 'lobby').subscribe({ next: (m) => messages.push(m), error: (e: unknown) => errors.push(e) }),
      );
      await waitFor(
        () => sim.subscriptions('chat'),
        (subs) => subs['JoinRoom lobby'] === 1,
        { what: 'lobby joined' },
      );
      const first = hub.connectionId;

      const error = await failure(hub.invoke('Echo', 'x'.repeat(70_000)));
      expect(error.message).toBe(`Echo failed: ${TOO_BIG}`);
      expect(error).toMatchObject({ method: 'Echo', connectionLost: true });

      await waitFor(
        () => gaps.length,
        (n) => n === 1,
        { what: 'the hub back', timeoutMs: 10_000 },
      );
      expect(hub.connectionId).not.toBe(first);
      expect(gaps[0].reason?.message).toBe(TOO_BIG);
      expect(await sim.first(hub.invoke<string>('Echo', 'still here'))).toEqual(['still here']);
      expect(await sim.subscriptions('chat')).toEqual({ 'JoinRoom lobby': 1 });
      await sim.first(hub.invoke('Post', { room: 'lobby', text: 'after the close' }));
      await waitFor(
        () => messages.map((m) => m.text),
        (texts) => texts.includes('after the close'),
        { what: 'a message after the close' },
      );
      expect(errors).toEqual([]);
    });
  });

  describe('streams', () => {
    it('streams from the server until it completes', async () => {
      const hub = sim.chat();
      expect(await firstValueFrom(hub.stream<number>('Countdown', 3, 10).pipe(toArray(), timeout(10_000)))).toEqual([
        3, 2, 1,
      ]);
      expect((await sim.admin.streams()).counters.Countdown).toEqual({
        started: 1,
        active: 0,
        completed: 1,
        canceled: 0,
      });
    });

    it('cancels a server stream on the server when its subscriber leaves', async () => {
      const hub = sim.chat();
      expect(await firstValueFrom(hub.stream<number>('Countdown', 100, 50).pipe(take(2), toArray()))).toEqual([
        100, 99,
      ]);
      await waitFor(
        () => sim.admin.streams(),
        (streams) => streams.counters.Countdown?.canceled === 1 && streams.active.length === 0,
        { what: 'Countdown canceled on the server' },
      );
    });

    it('streams from the client to the server: an observable argument', async () => {
      const hub = sim.chat();
      expect(await sim.first(hub.invoke<number>('UploadLines', from(['one', 'twö', '三'])))).toEqual([3]);
      expect(await sim.first(hub.invoke<number>('UploadLines', from([])))).toEqual([0]);
    });

    it('fails the call when the client stream errors', async () => {
      const hub = sim.chat();
      const error = await failure(
        hub.invoke(
          'UploadLines',
          throwError(() => new Error('disk full')),
        ),
      );
      expect(error.message).toBe(
        "UploadLines failed: An unexpected error occurred invoking 'UploadLines' on the server. HubException: disk full",
      );
    });
  });

  describe('events and topics', () => {
    it('joins a room once for many subscribers, delivers its messages, and leaves it once', async () => {
      const hub = sim.chat();
      const poster = sim.chat();
      subscriptions.add(poster.on('OnPresence').subscribe()); // keeps the poster connected, and its id
      const seen: ChatMessage[][] = [[], []];
      for (const i of [0, 1]) subscriptions.add(room(hub, 'lobby').subscribe((m) => seen[i].push(m)));
      const presence = sim.first(hub.on('OnPresence'));
      await waitFor(
        () => sim.subscriptions('chat'),
        (subs) => subs['JoinRoom lobby'] === 1,
        { what: 'lobby joined' },
      );

      await firstValueFrom(poster.send('Post', { room: 'lobby', text: 'sent' }), { defaultValue: undefined });
      const [id] = await sim.first(poster.invoke<string>('Post', { room: 'lobby', text: 'invoked' }));
      await waitFor(
        () => seen,
        (s) => s.every((messages) => messages.length === 2),
        { what: 'two messages for each subscriber' },
      );
      expect(seen[0]).toEqual(seen[1]);
      expect(seen[0].map(({ room, text, user }) => ({ room, text, user }))).toEqual([
        { room: 'lobby', text: 'sent', user: poster.connectionId },
        { room: 'lobby', text: 'invoked', user: poster.connectionId },
      ]);
      expect(seen[0][1].id).toBe(id);
      expect(new Date(seen[0][1].sentAt).getTime()).toBeGreaterThan(Date.now() - 10_000);

      expect(await presence).toEqual([[{ room: 'lobby', users: [hub.connectionId] }]]);

      const joined = hub.connectionId;
      subscriptions.unsubscribe();
      await sim.drained('chat');
      expect(
        (await sim.admin.calls({ hub: 'chat', connectionId: joined })).map((call) => [call.method, call.args]),
      ).toEqual([
        ['JoinRoom', [{ room: 'lobby' }]],
        ['LeaveRoom', [{ room: 'lobby' }]],
      ]);
    });
  });

  describe('errors', () => {
    it('a hub method that does not exist', async () => {
      const error = await failure(sim.chat().invoke('Nope', 1));
      expect(error.message).toBe(
        "Nope failed: Failed to invoke 'Nope' due to an error on the server. HubException: Method does not exist.",
      );
    });

    it('wrong argument types and counts', async () => {
      const hub = sim.chat();
      const binding =
        'InvalidDataException: Error binding arguments. Make sure that the types of the provided values match the ' +
        'types of the hub method being invoked.';
      expect((await failure(hub.invoke('Echo', 42))).message).toBe(
        `Echo failed: Failed to invoke 'Echo' due to an error on the server. ${binding}`,
      );
      expect((await failure(hub.invoke('Post', { room: 5, text: 'x' }))).message).toBe(
        `Post failed: Failed to invoke 'Post' due to an error on the server. ${binding}`,
      );
      expect((await failure(hub.invoke('Echo'))).message).toBe(
        "Echo failed: Failed to invoke 'Echo' due to an error on the server. InvalidDataException: Invocation provides 0 argument(s) but target expects 1.",
      );
      expect((await failure(hub.invoke('Echo', 'a', 'b'))).message).toBe(
        "Echo failed: Failed to invoke 'Echo' due to an error on the server. InvalidDataException: Invocation provides 2 argument(s) but target expects 1.",
      );
      expect((await failure(hub.stream('Countdown', 'three', 10))).message).toBe(
        `Countdown failed: Failed to invoke 'Countdown' due to an error on the server. ${binding}`,
      );
      expect(await sim.first(hub.invoke<string>('Echo', 'fine'))).toEqual(['fine']);
    });

    it('a stream asked of a method that is not one, and the other way round', async () => {
      const hub = sim.chat();
      expect((await failure(hub.stream('Echo', 'x'))).message).toBe(
        "Echo failed: The client attempted to invoke the non-streaming 'Echo' method with a streaming invocation.",
      );
      expect((await failure(hub.invoke('Countdown', 3, 10))).message).toBe(
        "Countdown failed: The client attempted to invoke the streaming 'Countdown' method with a non-streaming invocation.",
      );
    });

    it('send to a method that does not exist completes, and nothing reaches the caller', async () => {
      const hub = sim.chat();
      subscriptions.add(hub.on('OnPresence').subscribe()); // one connection for both calls
      await expect(firstValueFrom(hub.send('Nope', 1), { defaultValue: 'completed' })).resolves.toBe('completed');
      expect(await sim.first(hub.invoke<string>('Echo', 'after'))).toEqual(['after']);
      expect((await sim.admin.calls({ hub: 'chat' })).map((call) => call.method)).toEqual(['Echo']);
    });

    it('a HubException of the hub reaches its caller only', async () => {
      const hub = sim.chat();
      expect((await failure(hub.invoke('Post', { room: ' ', text: 'x' }))).message).toBe(
        "Post failed: An unexpected error occurred invoking 'Post' on the server. HubException: A room is required",
      );
      expect((await failure(hub.stream('Countdown', -1, 10))).message).toBe(
        "Countdown failed: An unexpected error occurred invoking 'Countdown' on the server. HubException: Countdown needs from ≥ 0, got -1",
      );
      expect(await sim.first(hub.invoke<string>('Echo', 'fine'))).toEqual(['fine']);
    });
  });
});
