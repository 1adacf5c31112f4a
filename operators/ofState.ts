import { filter, type OperatorFunction } from 'rxjs';
import type { MarginLevelType } from '../src/cplugin/codecs/MarginLevelType';
import type { MarginAlert } from './MarginAlert';

/**
 * Lets through the margin alerts of the given states, typed by them: a typed `filter`, as ngrx's `ofType`.
 *
 * ## Example
 * ```ts
 * import { Subject } from 'rxjs';
 * import type { MarginLevel } from 'rxhub';
 * import { marginCalls, ofState } from 'rxhub/operators';
 *
 * const margins = new Subject<MarginLevel>();
 * margins.pipe(marginCalls(), ofState('MarginCall', 'StopOut')).subscribe((alert) => {
 *   const state: 'MarginCall' | 'StopOut' = alert.state;
 *   console.log(alert.login, state);
 * });
 * ```
 *
 * @param states The states to let through.
 * @return A function that returns an Observable of the alerts of those states.
 */
export function ofState<S extends MarginLevelType>(
  ...states: [S, ...S[]]
): OperatorFunction<MarginAlert, MarginAlert<S>> {
  const wanted = new Set<MarginLevelType>(states);
  return filter((alert): alert is MarginAlert<S> => wanted.has(alert.state));
}
