import type { SchedulerLike } from 'rxjs';
import type { ShardChange } from './ShardChange';

/** How `shard` hands keys over. */
export interface ShardConfig {
  /** Hears of each change of this worker's keys, after its subscribes (its unsubscribes follow the handover). */
  readonly changed?: (change: ShardChange) => void;
  /**
   * How long the work of a key this worker lost keeps running, in ms, before it is unsubscribed. A window that has
   * ended but not been emitted yet (`ohlc` waits its `grace` for late ticks) is then still emitted by the worker
   * that saw it whole, instead of being lost with the unsubscribe. Give at least the candles' `grace`. A key
   * regained meanwhile keeps its work, with no new subscribe. Default 0: unsubscribed at once.
   */
  readonly handover?: number;
  /** Runs the handover delays. Default `asyncScheduler`. */
  readonly scheduler?: SchedulerLike;
}
