/**
 * Margin-call and stop-out levels of one controlling type, in its unit: margin level in percent
 * (equity / margin × 100) for `Percent` accounts, free margin in the account currency for `Currency` accounts.
 */
export interface MarginThresholds {
  /** At or below this value an account is in margin call. */
  readonly marginCall: number;
  /** At or below this value an account is stopped out. */
  readonly stopOut: number;
  /**
   * How far above a level the value must rise to leave the worse state, so that a value wavering around a level
   * does not alert on every update. Default `0`.
   */
  readonly hysteresis?: number;
}
