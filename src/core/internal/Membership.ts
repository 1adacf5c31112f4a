import type { Subscriber, Unsubscribable } from 'rxjs';
import type { DecodePolicy } from '../DecodePolicy';
import type { Topic } from './Topic';

/**
 * One subscriber's place in a topic, and the teardown RxJS calls when it leaves. An object, not closures: every
 * active subscriber keeps its teardown, and closures would keep their scopes too (a few hundred bytes a topic).
 */
export class Membership implements Unsubscribable {
  constructor(
    private readonly topic: Topic,
    private readonly policy: DecodePolicy,
    private readonly subscriber: Subscriber<unknown>,
    private readonly release: (topic: Topic) => void,
  ) {}

  unsubscribe(): void {
    this.topic.leave(this.policy, this.subscriber);
    this.release(this.topic);
  }
}
