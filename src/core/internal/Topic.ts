import { config, ObjectUnsubscribedError, Subject, type Observer } from 'rxjs';
import type * as t from 'io-ts';
import type { DecodePolicy } from '../DecodePolicy';
import { DecodeError } from '../DecodeError';
import type { Route } from '../Route';
import type { TopicSpec } from '../TopicSpec';
import { DecodeFailure, decoder, type Decode } from './check';

/** Where a topic stands on the server, within one connection epoch. */
export type ServerState = 'none' | 'subscribing' | 'subscribed' | 'unsubscribing';

/** Subject's own fields, private in its typings. */
interface SubjectState<T> {
  currentObservers: Observer<T>[] | null;
  observers: Observer<T>[];
}

/** RxJS's config object, read once: through the package's exports every read is a getter call. */
const rxjs = config;

/**
 * A Subject whose `next` is a plain loop over the same snapshot of observers that Subject iterates: the
 * per-item path of every topic, where RxJS's downlevelled `next` spends a closure and an iterator per item.
 * Under `useDeprecatedSynchronousErrorHandling` it is Subject's own `next`.
 */
export class Output<T> extends Subject<T> {
  override next(value: T): void {
    if (rxjs.useDeprecatedSynchronousErrorHandling) return super.next(value);
    if (this.closed) throw new ObjectUnsubscribedError();
    if (this.isStopped) return;
    const state = this as unknown as SubjectState<T>;
    const observers = state.currentObservers ?? (state.currentObservers = Array.from(state.observers));
    for (let i = 0; i < observers.length; i++) observers[i].next(value);
  }
}

/**
 * One server-side subscription shared by all its subscribers. Each item is decoded once, whatever the number of
 * subscribers, and handed to one output per decode policy in use.
 */
export class Topic {
  refCount = 0;
  state: ServerState = 'none';
  /** The connection epoch `state` belongs to; any other epoch means `none`. */
  epoch = -1;
  // One output per decode policy in use, in fields rather than a Map: the per-item path reads them, and a topic
  // is kept for every active subscription.
  private trust?: Output<unknown> = undefined;
  private report?: Output<unknown> = undefined;
  private strict?: Output<unknown> = undefined;
  /** When each output was made (0: none), so that `fail` goes through them in that order. */
  private trustMade = 0;
  private reportMade = 0;
  private strictMade = 0;
  private made = 0;
  private readonly decode?: Decode<unknown>;

  constructor(
    readonly key: string,
    readonly spec: TopicSpec<unknown>,
    private readonly reject: (error: DecodeError) => void,
  ) {
    this.decode = spec.codec ? decoder(spec.codec as t.Decoder<unknown, unknown>) : undefined;
  }

  /** The output that subscribers with `policy` listen to. */
  output(policy: DecodePolicy): Subject<unknown> {
    const mode = this.spec.codec ? policy : 'trust';
    let output = this[mode];
    if (!output) {
      this[mode] = output = new Output();
      this[`${mode}Made`] = ++this.made;
    }
    return output;
  }

  /** Called by the route for each item with this topic's key. */
  feed(item: unknown, index: number, route: Route): void {
    this.trust?.next(item);
    if (!this.report && !this.strict) return;
    const value = this.decode!(item);
    if (!(value instanceof DecodeFailure)) {
      this.report?.next(value);
      this.strict?.next(value);
      return;
    }
    // The item's place in the payload is worked out only for the error.
    const error = DecodeError.from(route.event, value.errors, route.path?.(index));
    if (this.report) this.reject(error);
    this.fail(error, 'strict');
  }

  /**
   * Errors the subscribers of one policy, or all of them, output by output in the order they were made; an output
   * made meanwhile (by a subscriber that resubscribes on error) is reached too, as iterating a Map would.
   * The topic lives on for later subscribers.
   */
  fail(error: unknown, policy?: DecodePolicy): void {
    for (let after = 0; ;) {
      const mode = this.next(after);
      if (mode === undefined) return;
      after = this[`${mode}Made`];
      if (policy && mode !== policy) continue;
      const output = this[mode]!;
      this[mode] = undefined;
      this[`${mode}Made`] = 0;
      output.error(error);
    }
  }

  /** The policy whose output was made first after `after`. */
  private next(after: number): DecodePolicy | undefined {
    let next: DecodePolicy | undefined;
    let made = Infinity;
    for (const mode of POLICIES) {
      const at = this[`${mode}Made`];
      if (at > after && at < made) {
        next = mode;
        made = at;
      }
    }
    return next;
  }
}

const POLICIES: readonly DecodePolicy[] = ['trust', 'report', 'strict'];
