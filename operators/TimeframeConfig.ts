import type { Period } from './Period';

/** A candle period and how its windows line up with the calendar of the trade server. */
export interface TimeframeConfig {
  /** The length of a window: `'M1'` … `'W1'`, or a whole number of seconds. */
  readonly period: Period;
  /**
   * How far the trade server's clock is ahead of UTC, in milliseconds: `2 * 3_600_000` for a server on GMT+2.
   * Windows are aligned to midnight (and to the start of the week) on the server's clock, as MetaTrader draws its
   * D1 and W1 bars. A fixed offset: daylight saving time changes are not followed. Default `0` (UTC).
   */
  readonly serverOffset?: number;
  /**
   * The first day of a week, for periods that are whole weeks. Default `'Sunday'`, as MetaTrader counts the days of
   * the week.
   */
  readonly weekStart?: 'Sunday' | 'Monday';
}
