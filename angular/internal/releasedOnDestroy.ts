import { DestroyRef, inject } from '@angular/core';
import { Observable } from 'rxjs';

/** `source`, completed for every subscriber when the current injection context is destroyed. */
export function releasedOnDestroy<T>(source: Observable<T>): Observable<T> {
  const destroyRef = inject(DestroyRef);
  return new Observable<T>((subscriber) => {
    const subscription = source.subscribe(subscriber);
    const unregister = destroyRef.onDestroy(() => {
      subscription.unsubscribe();
      subscriber.complete();
    });
    return () => {
      unregister();
      subscription.unsubscribe();
    };
  });
}
