import { effect, isSignal, untracked, type Signal } from '@angular/core';
import { BehaviorSubject, distinctUntilChanged, of, type Observable } from 'rxjs';

/**
 * A value, or a signal's values: its current one at once on subscribe, then each change (by an effect of the
 * current injection context, which ends with it).
 */
export function observe<T>(value: T | Signal<T>): Observable<T> {
  if (!isSignal(value)) return of(value);
  const current = new BehaviorSubject(untracked(value));
  effect(() => current.next(value()));
  return current.pipe(distinctUntilChanged());
}
