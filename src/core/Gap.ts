/**
 * A time without a usable connection, published on `RxHub.gaps$` once the hub is connected again, its set-up
 * has completed and every active topic has been re-requested.
 */
export interface Gap {
  /** When the connection was lost (scheduler time, ms). */
  readonly start: number;
  /** When the connection was back, set up, and every active topic re-requested (scheduler time, ms). */
  readonly end: number;
  /** Why it was lost, where the client said. */
  readonly reason?: Error;
  /** The new connection id, where the server gave one. */
  readonly connectionId?: string;
  /** How many topics were subscribed again (set-up included). */
  readonly topics: number;
}
