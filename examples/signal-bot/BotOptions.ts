import type { Period } from 'rxhub/operators';

/** What the bot was asked to do, parsed and checked. */
export interface BotOptions {
  /** The MT4 hub's URL; `undefined` starts the simulator. */
  readonly hubUrl: string | undefined;
  /** A bearer token, or client credentials for the token endpoint, or neither. */
  readonly token: string | undefined;
  readonly credentials:
    { readonly tokenUrl: string; readonly clientId: string; readonly clientSecret: string } | undefined;
  readonly platform: string;
  readonly symbols: readonly string[];
  readonly timeframe: Period;
  readonly fast: number;
  readonly slow: number;
  /** Stop after this many seconds; `undefined` runs until Ctrl-C. */
  readonly duration: number | undefined;
  /** How often to print a status line, in seconds. */
  readonly statusEvery: number;
  readonly help: boolean;
  /** A NATS server (`127.0.0.1:4222`): run as a fleet worker that publishes to JetStream. */
  readonly nats: string | undefined;
  /** This worker's id in the fleet. Default `worker-<pid>`. */
  readonly worker: string;
  /** How many workers to start, each as its own process; `undefined` runs this process as one. */
  readonly workers: number | undefined;
  /** How long a worker's heartbeat keeps it in the fleet, in seconds. */
  readonly ttl: number;
}
