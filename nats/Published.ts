import type { PubAck } from '@nats-io/jetstream';

/** An item that JetStream acknowledged, with its ack: `ack.duplicate` says the stream already held its message id. */
export interface Published<T> {
  readonly item: T;
  readonly ack: PubAck;
}
