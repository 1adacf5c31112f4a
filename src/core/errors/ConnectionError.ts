import { messageOf } from '../internal/messageOf';

/**
 * The connection failed to start, or the server closed it with an error (a hub it cannot create, an error in
 * `OnConnectedAsync`, any close message with an error). Published on `RxHub.connectionErrors$` each time, with the server's
 * message; RxHub goes on restarting under its `restart` policy, and fails its subscribers once the server has
 * refused the connection several times in a row (docs/concepts.md, "Who retries what").
 */
export class ConnectionError extends Error {
  override readonly name = 'ConnectionError';

  constructor(
    /** `start`: `start()` failed; `close`: the server closed the connection with an error. */
    readonly during: 'start' | 'close',
    /** What the client reported, with the server's message. */
    override readonly cause: unknown,
  ) {
    super(
      `${during === 'start' ? 'The connection failed to start' : 'The server closed the connection'}: ${messageOf(cause)}`,
    );
  }
}
