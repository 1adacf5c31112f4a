import * as t from 'io-ts';
import { wireTime } from '../internal/wireTime';

/**
 * A date-time as the WebAPI sends it: over JSON an ISO-8601 string, decoded to a `Date`; over MessagePack a
 * timestamp, which arrives as a `Date` and is kept as it is. A string without an offset (a C# DateTime of
 * unspecified kind, as MetaTrader server times are) is read as UTC, so that every client, whatever its time zone,
 * gets the same instant. Encodes to an ISO string in UTC.
 *
 * @example
 * ```ts
 * import { DateTime } from 'rxhub';
 *
 * DateTime.decode('2024-03-01T10:00:00'); // right(2024-03-01T10:00:00.000Z), in any time zone
 * ```
 */
export const DateTime = new t.Type<Date, string, unknown>(
  'DateTime',
  (u): u is Date => u instanceof Date,
  (u, c) => {
    if (u instanceof Date) return Number.isNaN(u.getTime()) ? t.failure(u, c) : t.success(u);
    if (typeof u !== 'string') return t.failure(u, c);
    const time = wireTime(u);
    return Number.isNaN(time) ? t.failure(u, c) : t.success(new Date(time));
  },
  (date) => date.toISOString(),
);
export type DateTime = t.TypeOf<typeof DateTime>;
