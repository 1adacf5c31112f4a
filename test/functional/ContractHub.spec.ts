// The whole contract facade against a hub that is not CPlugin: the simulator's chat hub, declared once in
// docs/examples/chatContract.ts, with the real @microsoft/signalr client over loopback.
import { firstValueFrom, from, NEVER, of, Subscription, take, toArray, timeout } from 'rxjs';
import { ContractHub, HubInvocationError } from '../../src';
import { chatContract } from '../../docs/examples/chatContract';
import { waitFor } from '../support/waitFor';
import { simulatorFixture } from './fixtures';

const TIMEOUT_MS = 2000; // the simulator's ClientResultTimeoutMs

describe('ContractHub against the chat hub', () => {
  const sim = simulatorFixture();
  let subscriptions: Subscription;
  const chat = (): ContractHub<typeof chatContract> => new ContractHub(sim.chat(), chatContract);
  /** What the server's HubException of PostConfirmed becomes on the client. */
  const postConfirmedError = (message: string): string =>
    `PostConfirmed failed: An unexpected error occurred invoking 'PostConfirmed' on the server. HubException: ${message}`;

  beforeEach(async () => {
    subscriptions = new Subscription();
    await sim.admin.reset();
  });
  afterEach(async () => {
    subscriptions.unsubscribe();
    await sim.drained('chat');
  });

  it('invokes a method with its typed result', async () => {
    expect(await sim.first(chat().invoke('Echo', 'héllo'))).toEqual(['héllo']);
  });

  it('streams to the server: an Observable argument, item by item', async () => {
    expect(await sim.first(chat().invoke('UploadLines', from(['one', 'twö', '三'])))).toEqual([3]);
  });

  it('shares one JoinRoom between subscribers of a room, gets its messages validated, and leaves once', async () => {
    const hub = chat();
    const lobby = hub.topic('room', { room: 'lobby' });
    const first = sim.first(lobby, 2);
    const second = sim.first(lobby, 1);
    await waitFor(
      () => sim.subscriptions('chat'),
      (counts) => counts['JoinRoom lobby'] === 1,
      {
        what: 'one JoinRoom lobby',
      },
    );
    const ids = [
      ...(await sim.first(hub.invoke('Post', { room: 'lobby', text: 'one' }))),
      ...(await sim.first(hub.invoke('Post', { room: 'lobby', text: 'two' }))),
    ];
    const messages = await first;
    expect(await second).toEqual([messages[0]]);
    expect(messages.map(({ id, text }) => ({ id, text }))).toEqual([
      { id: ids[0], text: 'one' },
      { id: ids[1], text: 'two' },
    ]);
    expect(messages[0].sentAt).toBeInstanceOf(Date); // decoded by the contract's io-ts DateTime
    await waitFor(
      () => sim.admin.connections('chat'),
      (list) => list.every((c) => c.groups.length === 0),
      {
        what: 'the lobby left on the server',
      },
    );
    expect(await sim.subscriptions('chat')).toEqual({});
  });

  it('gets an event validated', async () => {
    const hub = chat();
    const presence = sim.first(hub.on('OnPresence'));
    subscriptions.add(hub.topic('room', { room: 'games' }).subscribe());
    const [{ room, users }] = await presence;
    expect(room).toBe('games');
    expect(users).toEqual([expect.any(String)]);
  });

  it('streams until the server completes, and cancels the stream on unsubscribe', async () => {
    const hub = chat();
    expect(await firstValueFrom(hub.stream('Countdown', 3, 10).pipe(toArray(), timeout(10_000)))).toEqual([3, 2, 1]);
    expect(await firstValueFrom(hub.stream('Countdown', 100, 20).pipe(take(2), toArray()))).toEqual([100, 99]);
    await waitFor(
      () => sim.admin.streams(),
      (streams) => streams.counters.Countdown?.canceled === 1 && streams.active.length === 0,
      { what: 'Countdown canceled on the server' },
    );
  });

  describe('client results', () => {
    it('answers with a value, a Promise or an Observable, and the server acts on it', async () => {
      const hub = chat();
      const asked: unknown[] = [];
      const answers = [
        (args: { room: string; text: string }) => (asked.push(args), args.text === 'buy'),
        async () => true,
        () => of(false, true),
      ];
      const results: (string | undefined)[] = [];
      for (const answer of answers) {
        const handling = hub.handle('ConfirmPost', answer).subscribe();
        results.push(...(await sim.first(hub.invoke('PostConfirmed', { room: 'orders', text: 'buy' }))));
        handling.unsubscribe();
      }
      expect(asked).toEqual([{ room: 'orders', text: 'buy' }]);
      expect(results.map((id) => typeof id)).toEqual(['string', 'string', 'undefined']);
    });

    it("fails the server's call with the client's error when the handler throws", async () => {
      const hub = chat();
      subscriptions.add(
        hub
          .handle('ConfirmPost', () => {
            throw new Error('the user closed the dialog');
          })
          .subscribe(),
      );
      const error = await firstValueFrom(hub.invoke('PostConfirmed', { room: 'orders', text: 'x' })).catch(
        (failure: unknown) => failure,
      );
      expect(error).toBeInstanceOf(HubInvocationError);
      expect((error as Error).message).toBe(
        postConfirmedError('ConfirmPost failed on the client: Error: the user closed the dialog'),
      );
    });

    it("fails the server's call with its timeout when the handler never answers, and the hub lives on", async () => {
      const hub = chat();
      subscriptions.add(hub.handle('ConfirmPost', () => NEVER).subscribe());
      const started = Date.now();
      const error = await firstValueFrom(hub.invoke('PostConfirmed', { room: 'orders', text: 'x' })).catch(
        (failure: unknown) => failure,
      );
      expect((error as Error).message).toBe(
        postConfirmedError(`ConfirmPost got no answer from the client within ${TIMEOUT_MS} ms`),
      );
      expect(Date.now() - started).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
      expect(await sim.first(hub.invoke('Echo', 'still here'))).toEqual(['still here']);
    });
  });
});
