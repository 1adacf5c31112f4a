// Client results (SignalR 7+): the chat hub's PostConfirmed asks its caller ConfirmPost({ room, text }) → boolean and
// waits for the answer. Raw @microsoft/signalr connections answer through `connection.on(name, handler)`'s return
// value, against the real server.
import type { HubConnection } from '@microsoft/signalr';
import { connectHub } from '../support/connectHub';
import { nextEvent } from '../support/nextEvent';
import { simulatorFixture } from './fixtures';

const TIMEOUT_MS = 2000; // the simulator's ClientResultTimeoutMs

describe('chat hub client results', () => {
  const sim = simulatorFixture();
  const open: HubConnection[] = [];

  const connect = async (): Promise<HubConnection> => {
    const connection = await connectHub(sim.url, '/hubs/chat/v1');
    open.push(connection);
    return connection;
  };
  /** What the server's HubException becomes on the client. */
  const hubError = (message: string): string =>
    `An unexpected error occurred invoking 'PostConfirmed' on the server. HubException: ${message}`;

  beforeEach(() => sim.admin.reset());
  afterEach(async () => {
    await Promise.all(open.splice(0).map((connection) => connection.stop()));
    await sim.drained('chat');
  });

  it('posts when the client answers true, and returns the message id', async () => {
    const connection = await connect();
    const asked: unknown[] = [];
    connection.on('ConfirmPost', (args: unknown) => {
      asked.push(args);
      return true;
    });
    await connection.invoke('JoinRoom', { room: 'orders' });
    const message = nextEvent(connection, 'OnMessage');

    const id = await connection.invoke<string | null>('PostConfirmed', { room: 'orders', text: 'buy 1 EURUSD' });

    expect(asked).toEqual([{ room: 'orders', text: 'buy 1 EURUSD' }]);
    expect(typeof id).toBe('string');
    expect(await message).toEqual([
      { room: 'orders', id, user: connection.connectionId, text: 'buy 1 EURUSD', sentAt: expect.any(String) },
    ]);
  });

  it('takes an answer that comes later, from a promise', async () => {
    const connection = await connect();
    connection.on('ConfirmPost', () => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 100)));
    expect(await connection.invoke('PostConfirmed', { room: 'orders', text: 'later' })).toEqual(expect.any(String));
  });

  it('posts nothing when the client answers false, and returns null', async () => {
    const connection = await connect();
    connection.on('ConfirmPost', () => false);
    await connection.invoke('JoinRoom', { room: 'orders' });
    const messages: unknown[] = [];
    connection.on('OnMessage', (message: unknown) => messages.push(message));

    expect(await connection.invoke('PostConfirmed', { room: 'orders', text: 'sell all' })).toBeNull();
    // The server would have sent the message before it answered the call.
    expect(await connection.invoke('Echo', 'after')).toBe('after');
    expect(messages).toEqual([]);
  });

  it('fails the call with the client error when the handler throws', async () => {
    const connection = await connect();
    connection.on('ConfirmPost', () => {
      throw new Error('the user closed the dialog');
    });
    await expect(connection.invoke('PostConfirmed', { room: 'orders', text: 'x' })).rejects.toThrow(
      new Error(hubError('ConfirmPost failed on the client: Error: the user closed the dialog')),
    );
    expect(await connection.invoke('Echo', 'still connected')).toBe('still connected');
  });

  it('fails the call when the client has no handler or answers nothing', async () => {
    const connection = await connect();
    await expect(connection.invoke('PostConfirmed', { room: 'orders', text: 'x' })).rejects.toThrow(
      new Error(hubError("ConfirmPost failed on the client: Client didn't provide a result.")),
    );
    connection.on('ConfirmPost', () => undefined);
    await expect(connection.invoke('PostConfirmed', { room: 'orders', text: 'x' })).rejects.toThrow(
      new Error(hubError("ConfirmPost failed on the client: Client didn't provide a result.")),
    );
  });

  it("fails the call with the server's timeout when the client never answers, and the connection lives on", async () => {
    const connection = await connect();
    connection.on('ConfirmPost', () => new Promise<boolean>(() => undefined));
    const started = Date.now();
    await expect(connection.invoke('PostConfirmed', { room: 'orders', text: 'x' })).rejects.toThrow(
      new Error(hubError(`ConfirmPost got no answer from the client within ${TIMEOUT_MS} ms`)),
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(await connection.invoke('Echo', 'still connected')).toBe('still connected');
  });

  it('answers several waiting calls of one client, each with its own result', async () => {
    const connection = await connect();
    connection.on('ConfirmPost', ({ text }: { text: string }) => text !== 'no');
    const results = await Promise.all(
      ['yes', 'no', 'yes'].map((text) => connection.invoke<string | null>('PostConfirmed', { room: 'orders', text })),
    );
    expect(results.map((id) => (id === null ? null : typeof id))).toEqual(['string', null, 'string']);
  });
});
