import type { DecodeError } from '../errors/DecodeError';
import type { Route } from '../Route';
import type { Topic } from './Topic';

/** The topics one route feeds, by key: one Map lookup per item, however many topics there are. */
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
