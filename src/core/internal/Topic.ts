import type { Subscriber } from 'rxjs';
import type { DecodePolicy } from '../DecodePolicy';
import { DecodeError } from '../DecodeError';
import type { Route } from '../Route';
import type { TopicSpec } from '../TopicSpec';
import { DecodeFailure, decoder, type Decode } from './check';

/** Where a topic stands on the server, within one connection epoch. */
export type ServerState = 'none' | 'subscribing' | 'subscribed' | 'unsubscribing';

/**
 * One server-side subscription shared by all its subscribers. Each item is decoded once, whatever the number of
 * subscribers, and handed straight to the subscribers of each decode policy: no Subject in between, since this is
 * the per-item path of every topic.
 */
export class Topic {
  refCount = 0;
  state: ServerState = 'none';
  /** The connection epoch `state` belongs to; any other epoch means `none`. */
  epoch = -1;
  /** The topic this one requires (`TopicSpec.requires`), held while this one exists. */
  required?: Topic;
  /** The topics that require this one: they fail with it. Made on first use, since few topics are required. */
  dependents?: Set<Topic>;
  // The subscribers of each policy. Each list is replaced, never changed, so that delivery can loop over it while
  // a subscriber joins or leaves; an empty one is always NONE, shared by every topic (and so in cache at any number).
  private trust = NONE;
  private report = NONE;
  private strict = NONE;
  private readonly decode?: Decode<unknown>;

  constructor(
    readonly key: string,
    readonly spec: TopicSpec<unknown>,
    private readonly reject: (error: DecodeError) => void,
  ) {
    this.decode = spec.codec ? decoder(spec.codec) : undefined;
  }

  /** Adds a subscriber under `policy` (without a codec, every policy is `trust`). */
  join(policy: DecodePolicy, subscriber: Subscriber<unknown>): void {
    const mode = this.decode ? policy : 'trust';
    // `concat` makes an array of the exact size; spreading into a literal reserves 17 slots.
    this[mode] = this[mode].concat(subscriber);
  }

  /** Removes a subscriber that joined under `policy`. */
  leave(policy: DecodePolicy, subscriber: Subscriber<unknown>): void {
    const mode = this.decode ? policy : 'trust';
    const rest = this[mode].filter((other) => other !== subscriber);
    this[mode] = rest.length > 0 ? rest : NONE;
  }

  /** Called by the route for each item with this topic's key. */
  feed(item: unknown, index: number, route: Route): void {
    const { trust, report, strict } = this;
    for (let i = 0; i < trust.length; i++) trust[i].next(item);
    if (report.length === 0 && strict.length === 0) return;
    const value = this.decode!(item);
    if (!(value instanceof DecodeFailure)) {
      for (let i = 0; i < report.length; i++) report[i].next(value);
      for (let i = 0; i < strict.length; i++) strict[i].next(value);
      return;
    }
    // The item's place in the payload is worked out only for the error.
    const error = DecodeError.from(route.event, value.errors, route.path?.(index));
    if (report.length > 0) this.reject(error);
    this.fail(error, 'strict');
  }

  /**
   * Errors the current subscribers of one policy, or all of them and those of the topics that require this one.
   * The topic lives on for later subscribers.
   */
  fail(error: unknown, policy?: DecodePolicy): void {
    for (const mode of policy ? [policy] : POLICIES) {
      const subscribers = this[mode];
      this[mode] = NONE;
      for (const subscriber of subscribers) subscriber.error(error);
    }
    if (!policy && this.dependents) for (const dependent of [...this.dependents]) dependent.fail(error);
  }
}

const POLICIES: readonly DecodePolicy[] = ['trust', 'report', 'strict'];
const NONE: readonly Subscriber<unknown>[] = [];
