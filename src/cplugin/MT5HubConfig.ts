import type { DecodePolicy } from '../core/DecodePolicy';

/** What an `MT5Hub` is bound to. */
export interface MT5HubConfig {
  /** The MT5 trade platform (server, as the WebAPI names it) every call goes to. */
  readonly tradePlatform: string;
  /** How long `Connect` may wait for the platform, in ms. Default 30000. */
  readonly timeoutMs?: number;
  /** The decode policy of this hub's calls. Default: the `RxHub`'s. */
  readonly decode?: DecodePolicy;
}
