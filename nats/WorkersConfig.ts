/** How `workers` keeps a worker's heartbeat and decides who is alive. */
export interface WorkersConfig {
  /**
   * How long a heartbeat keeps a worker alive, in ms: the bucket's `ttl`, so that the broker forgets a dead worker's
   * key as its peers do. Keep the connection's `reconnectTimeWait` well under it (the client's default is 2 s): a
   * worker that cannot write its heartbeat for `ttl` drops out, and a broker restart would drop every worker.
   * Default 5000.
   */
  readonly ttl?: number;
  /** How often this worker writes its heartbeat, in ms. Default a third of `ttl`. */
  readonly heartbeat?: number;
  /** How often the members are checked for an expired heartbeat, in ms. Default 250. */
  readonly check?: number;
}
