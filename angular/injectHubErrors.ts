import { inject, type Signal } from '@angular/core';
import type { DecodeError } from '../src/core/errors/DecodeError';
import type { HubInvocationError } from '../src/core/errors/HubInvocationError';
import { signalOf } from './internal/signalOf';
import { NOTHING, tally } from './internal/tally';
import { RX_HUB } from './RX_HUB';
import type { Tally } from './Tally';
import type { TallyOptions } from './TallyOptions';

/**
 * The hub's reported errors (`errors$`) as a signal: payloads skipped under the `report` decode policy, and hub
 * method errors, counted since the helper was injected, with the latest ones. Call it in an injection context; it
 * lets go of the hub when that context is destroyed.
 *
 * ## Example
 * ```ts
 * import { Component } from '@angular/core';
 * import { injectHubErrors } from 'rxhub/angular';
 *
 * @Component({ selector: 'app-errors', template: `{{ errors().count }} skipped` })
 * export class ErrorsComponent {
 *   readonly errors = injectHubErrors();
 * }
 * ```
 *
 * @param options The hub to read (default `RX_HUB`), and how many errors to keep (default 10).
 * @return The count of errors and the latest ones.
 */
export function injectHubErrors(options: TallyOptions = {}): Signal<Tally<DecodeError | HubInvocationError>> {
  return signalOf(tally(inject(options.hub ?? RX_HUB).errors$, options.keep ?? 10), NOTHING);
}
