/** A time without a usable connection, published on `RxHub.gaps$` once the hub has resubscribed. */
export interface Gap {
  /** When the connection was lost (scheduler time, ms). */
  readonly start: number;
  /** When it was back and every active topic had been re-requested (scheduler time, ms). */
  readonly end: number;
  /** Why it was lost, where the client said. */
  readonly reason?: Error;
  /** The new connection id, where the server gave one. */
  readonly connectionId?: string;
}
