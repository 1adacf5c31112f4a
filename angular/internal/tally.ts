import { scan, type Observable } from 'rxjs';
import type { Tally } from '../Tally';

export const NOTHING: Tally<never> = { count: 0, recent: [] };

/** A running count of `source`'s items with its latest `keep`. */
export function tally<T>(source: Observable<T>, keep: number): Observable<Tally<T>> {
  return source.pipe(
    scan((seen: Tally<T>, item) => ({ count: seen.count + 1, recent: [...seen.recent, item].slice(-keep) }), NOTHING),
  );
}
