import { messageOf } from '../internal/messageOf';

/**
 * A hub method failed on the server (a `HubException`, an unknown method, bad arguments) or the connection was
 * lost while an invocation was in flight. It reaches only the caller of that method.
 */
export class HubInvocationError extends Error {
  override readonly name = 'HubInvocationError';

  constructor(
    /** The hub method. */
    readonly method: string,
    /** What the client reported. */
    override readonly cause: unknown,
    /** True when the connection was lost before the result arrived: the server may or may not have run it. */
    readonly connectionLost = false,
  ) {
    super(`${method} failed: ${messageOf(cause)}`);
  }
}
