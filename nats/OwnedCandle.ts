import type { Candle } from '../operators/Candle';

/** A candle built by a worker that may have taken its symbol over in the middle of the window. */
export interface OwnedCandle extends Candle {
  /**
   * `true` when this worker did not see the whole window: it took the symbol over, or its connection was lost,
   * after the window opened. Such a candle is never published as complete: another worker may hold the true one.
   */
  readonly partial: boolean;
}
