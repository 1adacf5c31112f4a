/** A running `nats-server` with JetStream, started by `startNatsServer`. */
export interface NatsServerHandle {
  /** `127.0.0.1:PORT`, as `connect({ servers })` takes it. */
  readonly server: string;
  readonly port: number;
  /** Stops the process and deletes its JetStream folder. */
  stop(): Promise<void>;
  /** Kills the process (SIGKILL) and starts a new one on the same port and JetStream folder: the streams survive. */
  restart(): Promise<void>;
}
