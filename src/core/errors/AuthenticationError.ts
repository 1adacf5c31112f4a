import { messageOf } from '../internal/messageOf';

/** The server refused the credentials (HTTP 401 or 403). RxHub does not retry it. */
export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';

  constructor(override readonly cause: unknown) {
    // SignalR wraps a token provider's own AuthenticationError in its negotiation error: say it once.
    super(`Authentication failed: ${messageOf(cause).replace('AuthenticationError: Authentication failed: ', '')}`);
  }
}
