import type { Period } from './Period';
import type { TimeframeConfig } from './TimeframeConfig';

const MINUTE = 60_000;
const DAY = 1_440 * MINUTE;
const WEEK = 7 * DAY;
const NAMED = new Map<unknown, number>([
  ['M1', MINUTE],
  ['M5', 5 * MINUTE],
  ['M15', 15 * MINUTE],
  ['M30', 30 * MINUTE],
  ['H1', 60 * MINUTE],
  ['H4', 240 * MINUTE],
  ['D1', DAY],
  ['W1', WEEK],
]);
/** 1970-01-01 was a Thursday: the first Sunday and Monday after the epoch. */
const FIRST = { Sunday: 3 * DAY, Monday: 4 * DAY };

/**
 * The windows of a candle period, aligned to the UTC epoch as seen on the trade server's clock.
 *
 * Minutes and hours start at whole multiples of the period; days at midnight server time; whole weeks on the
 * configured first day of the week (not at `floor(time / 7 days)`, which would start them on Thursdays).
 *
 * ## Example
 * ```ts
 * import { Timeframe } from 'rxhub/operators';
 *
 * const week = new Timeframe({ period: 'W1', serverOffset: 2 * 3_600_000 });
 * new Date(week.start(Date.UTC(2019, 1, 6, 12))).toISOString(); // '2019-02-02T22:00:00.000Z': Sunday 00:00 on GMT+2
 * ```
 */
export class Timeframe {
  /** The length of a window, in milliseconds. */
  readonly length: number;
  /** What to add to a UTC time so that a window starts where the remainder of a division by `length` is zero. */
  private readonly shift: number;

  /**
   * @param timeframe A period (`'M1'` … `'W1'`, or whole seconds), or a period with a server offset and week start.
   * @throws RangeError for an unknown name, a period that is not a positive whole number of seconds, or an offset
   * that is not finite.
   */
  constructor(timeframe: Period | TimeframeConfig) {
    const {
      period,
      serverOffset = 0,
      weekStart = 'Sunday',
    } = typeof timeframe === 'object' ? timeframe : { period: timeframe };
    const length =
      Number.isSafeInteger(period) && (period as number) > 0 ? (period as number) * 1000 : NAMED.get(period);
    if (length === undefined) {
      throw new RangeError(
        `A period is M1, M5, M15, M30, H1, H4, D1, W1 or a positive whole number of seconds, not ${String(period)}`,
      );
    }
    if (!Number.isFinite(serverOffset)) throw new RangeError(`serverOffset must be finite, not ${serverOffset}`);
    this.length = length;
    this.shift = serverOffset - (length % WEEK === 0 ? FIRST[weekStart] : 0);
  }

  /**
   * The start of the window that holds a time.
   *
   * @param time UTC milliseconds.
   * @return The UTC milliseconds at which that window opens.
   */
  start(time: number): number {
    let offset = (time + this.shift) % this.length;
    if (offset < 0) offset += this.length;
    return time - offset;
  }
}
