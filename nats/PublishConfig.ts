import type { IRetryPolicy } from '@microsoft/signalr';
import type { BackoffConfig } from '../src/core/BackoffConfig';

/** Where and how `publish` sends each item to JetStream. */
export interface PublishConfig<T> {
  /** The subject of an item, e.g. `rxhub.demo.EURUSD.candles.M1`. */
  readonly subject: (item: T) => string;
  /**
   * The item's message id (`Nats-Msg-Id`): the same item must always get the same id, so that a copy sent again (a
   * retry, or a worker that took over) is dropped by the stream's duplicate window.
   */
  readonly id: (item: T) => string;
  /** The payload of an item. Default: its JSON, UTF-8. */
  readonly encode?: (item: T) => Uint8Array;
  /** How many items may wait for their ack at once; the rest queue in order. Default 256. */
  readonly maxInFlight?: number;
  /**
   * How a failed publish (no ack in time, no stream, connection lost) is retried: a SignalR `IRetryPolicy` or backoff
   * settings, as everywhere in rxhub. When it gives up, the output fails with a `PublishError`. Default: backoff
   * from 100 ms up to 2 s, for at most 30 s.
   */
  readonly retry?: IRetryPolicy | BackoffConfig;
  /** How long to wait for one ack, in ms. Default: the connection's request timeout. */
  readonly timeout?: number;
}
