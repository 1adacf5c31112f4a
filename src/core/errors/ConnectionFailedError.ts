import { messageOf } from '../internal/messageOf';

/** The restart policy gave up: the hub could not (re)connect. */
export class ConnectionFailedError extends Error {
  override readonly name = 'ConnectionFailedError';

  constructor(
    /** How many attempts were made. */
    readonly attempts: number,
    /** The last attempt's error. */
    override readonly cause: unknown,
  ) {
    super(`Could not connect after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${messageOf(cause)}`);
  }
}
