import type { Period } from 'rxhub/operators';

/** Where the demo connects to: its own simulator, or a WebAPI given on the command line. */
export type DemoTarget =
  | { readonly kind: 'simulator' }
  | {
      readonly kind: 'remote';
      /** The MT4 hub's URL, e.g. `https://webapi.example.com/hubs/mt4/v1`. */
      readonly hubUrl: string;
      readonly auth:
        | { readonly kind: 'none' }
        | { readonly kind: 'token'; readonly token: string }
        | {
            readonly kind: 'client-credentials';
            readonly tokenUrl: string;
            readonly clientId: string;
            readonly clientSecret: string;
          };
    };

/** What `npm run demo` was asked to do, parsed and checked. */
export interface DemoOptions {
  readonly target: DemoTarget;
  readonly platform: string;
  readonly symbols: readonly string[];
  /** The candle period of the board and the chart. */
  readonly timeframe: Period;
  /** The symbol whose candles are charted. */
  readonly chart: string;
  /** Stop after this many seconds; `undefined` runs until Ctrl-C. */
  readonly duration: number | undefined;
  /** When to abort every connection through the simulator's admin endpoint, in seconds; `undefined` never. */
  readonly abortAfter: number | undefined;
  /** How often plain output prints a quotes snapshot, in seconds. */
  readonly snapshotEvery: number;
  /** How long the first connection may take before the demo gives up, in seconds. */
  readonly connectTimeout: number;
  /** Plain timestamped lines even on a terminal. */
  readonly plain: boolean;
  readonly help: boolean;
}
