import * as t from 'io-ts';

/** Ends with a time of day and no offset: how System.Text.Json writes a DateTime of unspecified kind. */
const NO_OFFSET = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * A date-time as the WebAPI sends it: an ISO-8601 string, decoded to a `Date`. A string without an offset (a C#
 * DateTime of unspecified kind, as MetaTrader server times are) is read as UTC, so that every client, whatever
 * its time zone, gets the same instant. Encodes to an ISO string in UTC.
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
    if (typeof u !== 'string') return t.failure(u, c);
    const utc = u.endsWith('Z') || NO_OFFSET.test(u);
    const date = new Date(utc && !u.endsWith('Z') ? `${u}Z` : u);
    // `new Date` rolls an impossible day over (30 February is 1 March): in UTC the day must be the one written.
    const rolled = utc && u[4] === '-' && u[7] === '-' && Number(u.slice(8, 10)) !== date.getUTCDate();
    return Number.isNaN(date.getTime()) || rolled ? t.failure(u, c) : t.success(date);
  },
  (date) => date.toISOString(),
);
export type DateTime = t.TypeOf<typeof DateTime>;
