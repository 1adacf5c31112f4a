import type { Signal } from '@angular/core';
import type { Decoded } from '../src/cplugin/CallOptions';
import type { Tick } from '../src/cplugin/codecs/Tick';
import { injectTicks$ } from './injectTicks$';
import { signalOf } from './internal/signalOf';
import type { TicksOptions } from './TicksOptions';

/**
 * A symbol's latest tick as a signal, `undefined` until the first. Given a signal, it follows the symbol: when it
 * changes, the old symbol is unsubscribed on the server and the new one subscribed. Call it in an injection
 * context; it lets go of the symbol when that context is destroyed. On the server it stays `undefined`.
 *
 * ## Example
 * ```ts
 * import { Component, signal } from '@angular/core';
 * import { injectTicks } from 'rxhub/angular';
 *
 * @Component({
 *   selector: 'app-quote',
 *   template: `<button (click)="symbol.set('GBPUSD')">GBPUSD</button> {{ symbol() }} {{ tick()?.bid }}`,
 * })
 * export class QuoteComponent {
 *   readonly symbol = signal('EURUSD');
 *   readonly tick = injectTicks(this.symbol);
 * }
 * ```
 *
 * @param symbol The symbol, or a signal of it.
 * @param options The MT4 hub to read (default `MT4_HUB`), and the decode policy.
 * @return The latest tick of the current symbol.
 */
export function injectTicks<O extends TicksOptions = TicksOptions & { readonly decode?: undefined }>(
  symbol: string | Signal<string>,
  options?: O,
): Signal<Decoded<typeof Tick, O> | undefined> {
  return signalOf(injectTicks$(symbol, options), undefined);
}
