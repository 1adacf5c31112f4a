/** How `conflate` groups items, and how often it lets the latest ones through. */
export interface ConflateConfig<T, K> {
  /** The key of an item: a later item with the same key replaces an earlier one not yet emitted. */
  readonly key: (value: T) => K;
  /**
   * The time, in milliseconds, from the first held item to the emission of the held ones. Default `0`: the
   * scheduler's next tick (the next animation frame with `animationFrameScheduler`).
   */
  readonly period?: number;
}
