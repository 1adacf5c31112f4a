import { inject, type Signal } from '@angular/core';
import { HubConnectionState } from '@microsoft/signalr';
import type { RxHub } from '../src/core/RxHub';
import type { HubOptions } from './HubOptions';
import { signalOf } from './internal/signalOf';
import { RX_HUB } from './RX_HUB';

/**
 * The hub's connection state as a signal: Disconnected, Connecting, Connected, Reconnecting or Disconnecting.
 * Call it in an injection context; it lets go of the hub when that context is destroyed. On the server it stays
 * Disconnected.
 *
 * ## Example
 * ```ts
 * import { Component } from '@angular/core';
 * import { injectConnectionState } from 'rxhub/angular';
 *
 * @Component({ selector: 'app-state', template: `{{ state() }}` })
 * export class StateComponent {
 *   readonly state = injectConnectionState();
 * }
 * ```
 *
 * @param options The hub to read. Default `RX_HUB`.
 * @return The connection state, at once and on every change.
 */
export function injectConnectionState(options: HubOptions<RxHub> = {}): Signal<HubConnectionState> {
  return signalOf(inject(options.hub ?? RX_HUB).state$, HubConnectionState.Disconnected);
}
