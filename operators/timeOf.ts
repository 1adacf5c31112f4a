import { wireTime } from '../src/cplugin/internal/wireTime';

/**
 * A payload time in UTC ms: a `Date`, or an ISO string as the `trust` decode policy leaves it, read as the WebAPI
 * means it (a time without an offset is UTC, as `DateTime` decodes it); `NaN` otherwise.
 *
 * @internal
 */
export function timeOf(value: unknown): number {
  return value instanceof Date ? value.getTime() : typeof value === 'string' ? wireTime(value) : NaN;
}
