import { computed, DestroyRef, inject, NgZone, PLATFORM_ID, signal, type Signal } from '@angular/core';
import type { Observable } from 'rxjs';

/**
 * A signal of `source`'s latest value, `initial` until the first, subscribed outside the Angular zone and released
 * when the current injection context is destroyed. An error is thrown where the signal is read, as `toSignal` does.
 * On the server it stays `initial`: nothing is subscribed.
 */
export function signalOf<T, I>(source: Observable<T>, initial: I): Signal<T | I> {
  const latest = signal<{ readonly value: T | I } | { readonly error: unknown }>({ value: initial });
  if (inject(PLATFORM_ID) === 'browser') {
    const subscription = inject(NgZone).runOutsideAngular(() =>
      source.subscribe({ next: (value) => latest.set({ value }), error: (error: unknown) => latest.set({ error }) }),
    );
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }
  return computed(() => {
    const state = latest();
    if ('error' in state) throw state.error;
    return state.value;
  });
}
