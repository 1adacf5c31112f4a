import { inject, type Signal } from '@angular/core';
import type { Gap } from '../src/core/Gap';
import { signalOf } from './internal/signalOf';
import { NOTHING, tally } from './internal/tally';
import { RX_HUB } from './RX_HUB';
import type { Tally } from './Tally';
import type { TallyOptions } from './TallyOptions';

/**
 * The hub's gaps (`gaps$`) as a signal: how many outages it recovered from since the helper was injected, and the
 * latest ones. A gap is published once the hub is connected again and has resubscribed every topic. Call it in an
 * injection context; it lets go of the hub when that context is destroyed.
 *
 * ## Example
 * ```ts
 * import { Component } from '@angular/core';
 * import { injectGaps } from 'rxhub/angular';
 *
 * @Component({ selector: 'app-gaps', template: `{{ gaps().count }} gaps` })
 * export class GapsComponent {
 *   readonly gaps = injectGaps({ keep: 1 });
 * }
 * ```
 *
 * @param options The hub to read (default `RX_HUB`), and how many gaps to keep (default 10).
 * @return The count of gaps and the latest ones.
 */
export function injectGaps(options: TallyOptions = {}): Signal<Tally<Gap>> {
  return signalOf(tally(inject(options.hub ?? RX_HUB).gaps$, options.keep ?? 10), NOTHING);
}
