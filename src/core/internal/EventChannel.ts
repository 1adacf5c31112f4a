import { Subject } from 'rxjs';
import type { Route } from '../Route';
import type { RouteTable } from './RouteTable';

/**
 * Everything listening to one event name: raw subscribers and route tables. It owns the one handler registered
 * on the connection for that name.
 */
export class EventChannel {
  raw = new Subject<unknown[]>();
  readonly tables = new Map<Route, RouteTable>();
  readonly handler = (...args: unknown[]): void => {
    // Without raw subscribers, `next` would do nothing but cost a closure and an iterator per message.
    if (this.raw.observed) this.raw.next(args);
    for (const table of this.tables.values()) table.dispatch(args);
  };

  /** Errors the raw subscribers; later ones get a fresh subject. */
  fail(error: unknown): void {
    const raw = this.raw;
    this.raw = new Subject();
    raw.error(error);
  }

  get idle(): boolean {
    return !this.raw.observed && this.tables.size === 0;
  }
}
