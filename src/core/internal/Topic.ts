import { Subject } from 'rxjs';
import type * as t from 'io-ts';
import type { DecodePolicy } from '../DecodePolicy';
import { DecodeError } from '../DecodeError';
import type { Route } from '../Route';
import type { TopicSpec } from '../TopicSpec';
import { check } from './check';

/** Where a topic stands on the server, within one connection epoch. */
export type ServerState = 'none' | 'subscribing' | 'subscribed' | 'unsubscribing';

/**
 * One server-side subscription shared by all its subscribers. Each item is decoded once, whatever the number of
 * subscribers, and handed to one output per decode policy in use.
 */
export class Topic {
  refCount = 0;
  state: ServerState = 'none';
  /** The connection epoch `state` belongs to; any other epoch means `none`. */
  epoch = -1;
  private readonly outputs = new Map<DecodePolicy, Subject<unknown>>();

  constructor(
    readonly key: string,
    readonly spec: TopicSpec<unknown>,
    private readonly report: (error: DecodeError) => void,
  ) {}

  /** The output that subscribers with `policy` listen to. */
  output(policy: DecodePolicy): Subject<unknown> {
    const mode = this.spec.codec ? policy : 'trust';
    let output = this.outputs.get(mode);
    if (!output) this.outputs.set(mode, (output = new Subject()));
    return output;
  }

  /** Called by the route for each item with this topic's key. */
  feed(item: unknown, index: number, route: Route): void {
    const { outputs } = this;
    outputs.get('trust')?.next(item);
    if (outputs.size === 0 || (outputs.size === 1 && outputs.has('trust'))) return;
    const value = check(this.spec.codec as t.Decoder<unknown, unknown>, item, route.event, route.path?.(index));
    if (!(value instanceof DecodeError)) {
      outputs.get('report')?.next(value);
      outputs.get('strict')?.next(value);
      return;
    }
    if (outputs.has('report')) this.report(value);
    this.fail(value, 'strict');
  }

  /** Errors the subscribers of one policy, or all of them. The topic lives on for later subscribers. */
  fail(error: unknown, policy?: DecodePolicy): void {
    for (const [mode, output] of this.outputs) {
      if (policy && mode !== policy) continue;
      this.outputs.delete(mode);
      output.error(error);
    }
  }
}
