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

/**
 * A Subject whose `next` is a plain loop over the same snapshot of observers that Subject iterates: the
 * per-item path of every topic, where RxJS's downlevelled `next` spends a closure and an iterator per item.
 * Under `useDeprecatedSynchronousErrorHandling` it is Subject's own `next`.
 */
export class Output<T> extends Subject<T> {
  override next(value: T): void {
    if (config.useDeprecatedSynchronousErrorHandling) return super.next(value);
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
  private readonly outputs = new Map<DecodePolicy, Output<unknown>>();
  // The outputs again, by policy, for the per-item path.
  private trust?: Output<unknown>;
  private report?: Output<unknown>;
  private strict?: Output<unknown>;
  private readonly decode?: Decode<unknown>;

  constructor(
    readonly key: string,
    readonly spec: TopicSpec<unknown>,
    private readonly reject: (error: DecodeError) => void,
  ) {
    if (spec.codec) this.decode = decoder(spec.codec as t.Decoder<unknown, unknown>);
  }

  /** The output that subscribers with `policy` listen to. */
  output(policy: DecodePolicy): Subject<unknown> {
    const mode = this.spec.codec ? policy : 'trust';
    let output = this.outputs.get(mode);
    if (!output) {
      this.outputs.set(mode, (output = new Output()));
      this[mode] = output;
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

  /** Errors the subscribers of one policy, or all of them. The topic lives on for later subscribers. */
  fail(error: unknown, policy?: DecodePolicy): void {
    for (const [mode, output] of this.outputs) {
      if (policy && mode !== policy) continue;
      this.outputs.delete(mode);
      this[mode] = undefined;
      output.error(error);
    }
  }
}
