import type { MarginThresholds } from './MarginThresholds';

/** Which margin changes `marginCalls` alerts on, and how many accounts it remembers. */
export interface MarginCallsConfig {
  /**
   * Whether to alert on a move to a better state (StopOut → MarginCall, back to Ok) too. Without it, only worse
   * states alert; better ones are still tracked, so a later fall alerts again. Default `false`.
   */
  readonly recovery?: boolean;
  /** Own levels for `Percent` accounts, in place of the server's `levelType`. Default: the server's. */
  readonly percent?: MarginThresholds;
  /** Own levels for `Currency` accounts (free margin), in place of the server's `levelType`. Default: the server's. */
  readonly currency?: MarginThresholds;
  /**
   * The most accounts in margin call or stop-out to remember; past it, the one updated longest ago is forgotten
   * (and alerts again as if new). Accounts that are Ok take no memory. Default `100_000`.
   */
  readonly maxLogins?: number;
  /** Forget an account not updated for this long, in milliseconds of scheduler time. Default `Infinity`. */
  readonly idle?: number;
  /** Only accounts of these groups. Default: every group. */
  readonly groups?: readonly string[];
  /** Only these accounts. Default: every account. */
  readonly logins?: readonly number[];
}
