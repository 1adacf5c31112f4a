/**
 * A payload time in UTC ms: a `Date`, or an ISO string as the `trust` decode policy leaves it; `NaN` otherwise.
 *
 * @internal
 */
export function timeOf(value: unknown): number {
  return value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : NaN;
}
