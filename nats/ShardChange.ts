/** What one membership change did to a worker's keys, as `shard` reports it. */
export interface ShardChange {
  /** The live workers after the change, sorted. */
  readonly members: readonly string[];
  /** The keys this worker took on: their work was subscribed. */
  readonly gained: readonly string[];
  /** The keys this worker let go: their work is unsubscribed, after the handover (`ShardConfig.handover`). */
  readonly lost: readonly string[];
}
