import type { InjectionToken } from '@angular/core';

/** Which provided hub an `inject*` helper reads. */
export interface HubOptions<H> {
  /** The hub's token. Default `RX_HUB`, or `MT4_HUB` for ticks. */
  readonly hub?: InjectionToken<H>;
}
