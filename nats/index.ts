// rxhub/nats: past one process. Workers share symbols through a JetStream key-value bucket and publish to
// JetStream with deterministic message ids. Needs @nats-io/jetstream and @nats-io/kv (optional peer dependencies).

// Publishing
export { publish } from './publish';
export { PublishError } from './PublishError';
export type { Published } from './Published';
export type { PublishConfig } from './PublishConfig';

// Sharding
export { ownerOf } from './ownerOf';
export { shard } from './shard';
export { workers } from './workers';
export type { ShardChange } from './ShardChange';
export type { ShardConfig } from './ShardConfig';
export type { WorkersConfig } from './WorkersConfig';

// Candles of owned symbols
export { ownedCandles } from './ownedCandles';
export type { OwnedCandle } from './OwnedCandle';
export type { OwnedCandlesConfig } from './OwnedCandlesConfig';
