/** A count of what happened, with the latest few items (`injectGaps`, `injectHubErrors`). */
export interface Tally<T> {
  /** How many there were since the helper was injected. */
  readonly count: number;
  /** The latest ones, the newest last. */
  readonly recent: readonly T[];
}
