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
}
