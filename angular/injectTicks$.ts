import { inject, type Signal } from '@angular/core';
import { switchMap, type Observable } from 'rxjs';
import type { Decoded } from '../src/cplugin/CallOptions';
import type { Tick } from '../src/cplugin/codecs/Tick';
import { observe } from './internal/observe';
import { releasedOnDestroy } from './internal/releasedOnDestroy';
import { MT4_HUB } from './MT4_HUB';
import type { TicksOptions } from './TicksOptions';

/**
 * A symbol's ticks as a cold observable, for pipelines, `toSignal` and the `async` pipe. Given a signal, it
 * follows the symbol: when it changes, the old symbol is unsubscribed on the server and the new one subscribed.
 * Call it in an injection context; every subscription ends (completes) when that context is destroyed.
 *
 * ## Example
 * ```ts
 * import { Component, input } from '@angular/core';
 * import { toSignal } from '@angular/core/rxjs-interop';
 * import { map } from 'rxjs';
 * import { injectTicks$ } from 'rxhub/angular';
 *
 * @Component({ selector: 'app-spread', template: `{{ spread() }}` })
 * export class SpreadComponent {
 *   readonly symbol = input.required<string>();
 *   readonly spread = toSignal(injectTicks$(this.symbol).pipe(map((tick) => tick.ask - tick.bid)));
 * }
 * ```
 *
 * @param symbol The symbol, or a signal of it.
 * @param options The MT4 hub to read (default `MT4_HUB`), and the decode policy (under `trust`, wire ticks).
 * @return The ticks of the current symbol.
 */
export function injectTicks$<O extends TicksOptions = TicksOptions & { readonly decode?: undefined }>(
  symbol: string | Signal<string>,
  options?: O,
): Observable<Decoded<typeof Tick, O>> {
  const mt4 = inject(options?.hub ?? MT4_HUB);
  const call = { decode: options?.decode } as O;
  return releasedOnDestroy(observe(symbol).pipe(switchMap((current) => mt4.ticks(current, call))));
}
