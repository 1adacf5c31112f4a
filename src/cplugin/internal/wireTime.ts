/** Ends with a time of day and no offset: how System.Text.Json writes a DateTime of unspecified kind. */
const NO_OFFSET = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

const MS_PER_DAY = 86_400_000;

/**
 * The instant an ISO-8601 string from the WebAPI names, in milliseconds since the epoch, or NaN. A time without an
 * offset is UTC, and an impossible day (30 February) is NaN rather than rolled over.
 */
export function wireTime(u: string): number {
  const time = fromDigits(u);
  if (!Number.isNaN(time)) return time;
  const utc = u.endsWith('Z') || NO_OFFSET.test(u);
  const date = new Date(utc && !u.endsWith('Z') ? `${u}Z` : u);
  // `new Date` rolls an impossible day over (30 February is 1 March): in UTC the day must be the one written.
  const rolled = utc && u[4] === '-' && u[7] === '-' && Number(u.slice(8, 10)) !== date.getUTCDate();
  return rolled ? NaN : date.getTime();
}

/**
 * The WebAPI's own shape, `yyyy-MM-ddTHH:mm:ss`, an optional fraction of one to seven digits (as .NET writes it)
 * and an optional `Z`, read from its digits as a valid UTC time: a third of the cost of `new Date(string)`, which
 * every tick would pay. NaN for anything else (another shape, an impossible day, hour 24), which `new Date` reads.
 */
function fromDigits(u: string): number {
  const end = u.charCodeAt(u.length - 1) === Z ? u.length - 1 : u.length;
  if (end < 19 || end === 20 || end > 27 || (end > 19 && u.charCodeAt(19) !== DOT)) return NaN;
  if (u.charCodeAt(4) !== DASH || u.charCodeAt(7) !== DASH || u.charCodeAt(10) !== T) return NaN;
  if (u.charCodeAt(13) !== COLON || u.charCodeAt(16) !== COLON) return NaN;
  const year = pair(u, 0) * 100 + pair(u, 2);
  const month = pair(u, 5);
  const day = pair(u, 8);
  const hour = pair(u, 11);
  const minute = pair(u, 14);
  const second = pair(u, 17);
  let fraction = 0;
  for (let i = 20; i < end; i++) {
    const d = u.charCodeAt(i) - 48;
    if ((d | (9 - d)) < 0) return NaN;
    fraction = fraction * 10 + d;
  }
  if ((year | day | hour | minute | second) < 0 || month < 1 || month > 12) return NaN;
  if (day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) return NaN;
  // The fraction's first three digits are the milliseconds.
  const ms = end > 23 ? Math.floor(fraction / TENS[end - 23]) : fraction * TENS[23 - end];
  return daysSinceEpoch(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
}

const [Z, DOT, DASH, T, COLON] = ['Z', '.', '-', 'T', ':'].map((c) => c.charCodeAt(0));
const TENS = [1, 10, 100, 1000, 10_000];

/** The two-digit number at `i`, or a large negative one. */
function pair(u: string, i: number): number {
  const a = u.charCodeAt(i) - 48;
  const b = u.charCodeAt(i + 1) - 48;
  return (a | b | (9 - a) | (9 - b)) < 0 ? -10_000 : a * 10 + b;
}

function daysIn(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** Days from 1970-01-01 to a day of the proleptic Gregorian calendar (counted from March, so leap days come last). */
function daysSinceEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
