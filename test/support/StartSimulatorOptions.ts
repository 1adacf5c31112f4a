/** How `startSimulator` runs the simulator. */
export interface StartSimulatorOptions {
  /** Loopback port to listen on; 0 or absent picks a free one. */
  readonly port?: number;
  /** Extra arguments, e.g. `['--Simulator:TickIntervalMs=50', '--Simulator:SymbolCount=1000']`. */
  readonly args?: readonly string[];
  /** How long to wait for "Now listening on:", in ms. Default 30000. */
  readonly timeoutMs?: number;
  /** Copy the simulator's output to this process's stdout/stderr (as `npm run simulator` does). Default false. */
  readonly echo?: boolean;
  /** Build first (once per process). Default true. */
  readonly build?: boolean;
}
