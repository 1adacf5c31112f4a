import { Subject } from 'rxjs';
import type { DecodeError } from '../DecodeError';
import type { Route } from '../Route';
import type { Topic } from './Topic';

/** The topics one route feeds, by key. */
export class RouteTable {
  readonly topics = new Map<string, Topic>();
  private readonly emit = (key: string, item: unknown, index: number): void =>
    this.topics.get(key)?.feed(item, index, this.route);

  constructor(
    readonly route: Route,
    private readonly reject: (error: DecodeError) => void,
  ) {}

  dispatch(args: readonly unknown[]): void {
    this.route.split(args, this.emit, this.reject);
  }
}

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
