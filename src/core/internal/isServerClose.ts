/** A start that the server ended with a close message carrying an error (SignalR's wording). */
export function isServerClose(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('Server returned an error on close');
}
