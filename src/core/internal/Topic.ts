import type { Subscriber } from 'rxjs';
import type { DecodePolicy } from '../DecodePolicy';
import { DecodeError } from '../errors/DecodeError';
import type { HubCall } from '../HubCall';
import type { Route } from '../Route';
import type { TopicSpec } from '../TopicSpec';
import { DecodeFailure, decoder, type Decode } from './check';

/**
 * Where a topic stands on the server, within the connection epoch it belongs to (any other epoch means `idle`).
 * `deleted` is final: the registry has let the topic go, and a call that settles later finds nothing to change.
 */
export type TopicState = 'idle' | 'subscribing' | 'active' | 'unsubscribing' | 'deleted';

/** A topic's next move: a call to make now, nothing to do yet (`none`), or `delete` it (idle, and unheld). */
export type TopicStep = HubCall | 'none' | 'delete';

/**
 * One server-side subscription shared by all its subscribers, and its state machine (docs/architecture.md):
 * only the topic changes its state, when the reconciler asks for its next move or reports a call settled.
 *
 * Each item is decoded once, whatever the number of subscribers, and handed straight to the subscribers of each
 * decode policy: no Subject in between, since this is the per-item path of every topic.
 */
export class Topic {
  /** The topic this one requires (`TopicSpec.requires`), held for it while it exists. */
  required?: Topic;
  private holders = 0;
  private state: TopicState = 'idle';
  private epoch = -1;
  /** The topics that require this one: they fail with it. Made on first use, since few topics are required. */
  private dependents?: Set<Topic>;
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

  /** Whether anyone holds the topic: subscribers, or the topics that require it. */
  get held(): boolean {
    return this.holders > 0;
  }

  hold(): void {
    this.holders++;
  }

  release(): void {
    this.holders--;
  }

  /** Holds `required` for this topic, once, and fails with it. */
  require(required: Topic): void {
    this.required = required;
    (required.dependents ??= new Set()).add(this);
    required.hold();
  }

  /** Whether the topic's subscribe call is under way in `epoch`. */
  subscribing(epoch: number): boolean {
    return this.state === 'subscribing' && this.epoch === epoch;
  }

  /**
   * The next move towards what the topic's holders want, in connection `epoch` (`undefined`: not connected, when
   * the server holds nothing and an unheld topic is deleted at once). A call to make moves the topic into its state.
   */
  next(epoch: number | undefined): TopicStep {
    if (this.state === 'deleted') return 'none';
    const state = this.epoch === epoch ? this.state : 'idle';
    if (state === 'subscribing' || state === 'unsubscribing') return 'none';
    if (state === (this.held ? 'active' : 'idle')) return this.held ? 'none' : this.delete();
    if (epoch === undefined) return 'none';
    const call = this.held ? this.spec.subscribe : this.spec.unsubscribe;
    this.epoch = epoch;
    if (!call) {
      this.state = this.held ? 'active' : 'idle';
      return this.held ? 'none' : this.delete();
    }
    this.state = this.held ? 'subscribing' : 'unsubscribing';
    return call;
  }

  /** The call made in `epoch` settled; returns whether that moved the topic (its next move may be due). */
  settled(epoch: number, ok: boolean): boolean {
    if (this.epoch !== epoch || (this.state !== 'subscribing' && this.state !== 'unsubscribing')) return false;
    this.state = this.state === 'subscribing' && ok ? 'active' : 'idle';
    return true;
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

  /** Final: lets go of the required topic, which the caller then asks for its own next move. */
  private delete(): 'delete' {
    this.state = 'deleted';
    if (this.required) {
      this.required.dependents!.delete(this);
      this.required.release();
    }
    return 'delete';
  }
}

const POLICIES: readonly DecodePolicy[] = ['trust', 'report', 'strict'];
const NONE: readonly Subscriber<unknown>[] = [];
