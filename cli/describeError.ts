/** SignalR's wrappers around the part of a message that says what went wrong. */
const BOILERPLATE = [
  /Failed to complete negotiation with the server: /g,
  /An unexpected error occurred invoking '[^']+' on the server\. /g,
  /\b(?:Type|Authentication|Hub|HubInvocation)?(?:Error|Exception): /g,
  /Authentication failed: /g,
];

/**
 * An error on one line: its message without SignalR's wrappers, followed by its causes' where they add something
 * (`fetch failed: connect ECONNREFUSED 127.0.0.1:9`). Never a stack trace.
 */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    const message = current instanceof Error ? current.message : String(current);
    const line = BOILERPLATE.reduce((text, pattern) => text.replace(pattern, ''), message.split('\n')[0]).trim();
    if (line && !parts.some((part) => part.includes(line))) parts.push(line);
    current = current instanceof Error ? (current as { cause?: unknown }).cause : undefined;
  }
  return parts.join(': ') || 'unknown error';
}
