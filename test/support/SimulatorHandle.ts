import type { ChildProcess } from 'node:child_process';
import type { SimulatorAdmin } from './SimulatorAdmin';

/** A running simulator process. */
export interface SimulatorHandle {
  /** Base URL, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly url: string;
  readonly port: number;
  /** Typed client of the admin endpoints and of the token endpoint. */
  readonly admin: SimulatorAdmin;
  /** The current process (a new one after `restart()`). */
  readonly process: ChildProcess;
  /** Kills the process and waits until it has exited. */
  stop(): Promise<void>;
  /**
   * Kills the process and starts a new one on the same port. Clients see a transport drop, so SignalR's automatic
   * reconnect runs; the new process has no connections, groups, tokens or state of the old one.
   */
  restart(): Promise<void>;
}
