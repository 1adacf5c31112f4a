import type { InjectionToken, Signal } from '@angular/core';
import type { DecodePolicy } from '../src/core/DecodePolicy';
import type { RxHub } from '../src/core/RxHub';

/** What `provideMT4Hub`, `provideMT5Hub` and `provideTestHub` build their facade on. */
export interface CPluginHubProviderConfig<H> {
  /** The hub connection to run on. Default `RX_HUB`. */
  readonly hub?: InjectionToken<RxHub>;
  /** The token to provide the facade under, for an app with several. Default `MT4_HUB`, `MT5_HUB` or `TEST_HUB`. */
  readonly token?: InjectionToken<H>;
  /** What to do with payloads that fail their codec. Default: the hub's. */
  readonly decode?: DecodePolicy;
}

/** What `provideMT4Hub` and `provideMT5Hub` build their facade on. */
export interface PlatformHubProviderConfig<H> extends CPluginHubProviderConfig<H> {
  /** The trade platform every call goes to; a signal is read when the facade is made. */
  readonly tradePlatform: string | Signal<string>;
  /** How long a hub call may take, in ms. Default: the facade's. */
  readonly timeoutMs?: number;
}
