/**
 * Whether a start or reconnect error means the server refused the credentials: an HTTP 401 or 403 from
 * negotiation, the WebSocket upgrade or the token endpoint (also when SignalR wraps it in its own error). RxHub's default; pass your own in `RxHubConfig`.
 *
 * @example
 * ```ts
 * import { isAuthError } from 'rxhub';
 *
 * isAuthError(new Error('Unexpected server response: 401')); // true
 * ```
 */
export function isAuthError(error: unknown): boolean {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (status === 401 || status === 403) return true;
  return /\b(401|403)\b|unauthori[sz]ed|forbidden|authentication failed/i.test(
    error instanceof Error ? error.message : String(error),
  );
}
