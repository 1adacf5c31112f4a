import { HubInvocationError } from '../errors/HubInvocationError';
import type { HubCall } from '../HubCall';
import type { TopicSpec } from '../TopicSpec';
import type { Lifecycle } from './Lifecycle';
import type { Topic } from './Topic';
import type { TopicRegistry } from './TopicRegistry';

/** A call (invoke, send or stream) that needs the connection. */
export interface Call {
  run(): void;
  fail(error: unknown): void;
}

/**
 * Brings the server and the connection in line with what subscribers want. It reacts to the connection's epochs
 * and to subscribers coming and going by asking each changed topic for its next move (`Topic.next`), making the
 * calls they return, and reporting the results back to them: set-up topics first, then the others and the waiting
 * calls once set-up has completed. It never changes a topic itself.
 */
export class Reconciler {
  /** Topics whose next move may be due: set-up ones, and the others. */
  private readonly setups = new Set<Topic>();
  private readonly topics = new Set<Topic>();
  private readonly calls = new Set<Call>();
  private readonly waiting = new Set<Call>();
  private listeners = 0;
  /** The connection's epoch while connected. */
  private epoch?: number;
  /** How many topics were held when the epoch opened: what its gap reports. */
  private replayed = 0;
  private running = false;
  /** Set when a pass was asked for while one was running: the loop makes one more. */
  private rerun = false;

  constructor(
    private readonly registry: TopicRegistry,
    private readonly lifecycle: Lifecycle,
    private readonly report: (error: HubInvocationError) => void,
  ) {
    lifecycle.epoch$.subscribe((epoch) => this.onEpoch(epoch));
    lifecycle.failure$.subscribe((error) => this.failAll(error));
  }

  /** How many calls are under way or waiting. */
  get size(): number {
    return this.calls.size;
  }

  /** One more holder of the topic of `spec`, made if need be; `join` runs before any call is made for it. */
  acquire(spec: TopicSpec<unknown>, join: (topic: Topic) => void): Topic {
    let topic!: Topic;
    this.batch(() => {
      topic = this.registry.topic(spec);
      topic.hold();
      this.mark(topic);
      if (topic.required) this.mark(topic.required);
      join(topic);
    });
    return topic;
  }

  /** One holder less. */
  readonly release = (topic: Topic): void => {
    topic.release();
    this.mark(topic);
    this.reconcile();
  };

  /** A raw listener (`RxHub.on`) more or less: it needs the connection too. */
  listen(change: 1 | -1): void {
    this.listeners += change;
    this.reconcile();
  }

  /** Runs `call` once connected and set up. */
  enqueue(call: Call): void {
    this.calls.add(call);
    this.waiting.add(call);
    this.reconcile();
  }

  /** Runs `call` again once connected: its stream was ended by a lost connection. */
  requeue(call: Call): void {
    this.waiting.add(call);
    this.reconcile();
  }

  dequeue(call: Call): void {
    this.calls.delete(call);
    this.waiting.delete(call);
    this.reconcile();
  }

  /** Runs `action`, then one pass: what it changed is reconciled together. */
  batch(action: () => void): void {
    const outer = this.running;
    this.running = true;
    try {
      action();
    } finally {
      this.running = outer;
    }
    if (!outer) this.reconcile();
  }

  reconcile(): void {
    if (this.running) {
      this.rerun = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.rerun = false;
        this.pass();
      } while (this.rerun);
    } finally {
      this.running = false;
    }
  }

  private pass(): void {
    const epoch = this.epoch;
    // Topics left without holders first: a set-up topic that only they required is let go, not set up again.
    for (const topic of this.topics) if (!topic.held) this.step(topic, this.topics, epoch);
    for (const topic of this.setups) this.step(topic, this.setups, epoch);
    const open = epoch !== undefined && !this.registry.settingUp(epoch);
    for (const topic of this.topics) if (open || !topic.held) this.step(topic, this.topics, epoch);
    if (open) {
      for (const call of this.waiting) {
        this.waiting.delete(call);
        call.run();
      }
      this.lifecycle.closeGap(this.replayed);
    }
    this.lifecycle.want(this.registry.size + this.calls.size + this.listeners > 0);
  }

  private step(topic: Topic, dirty: Set<Topic>, epoch: number | undefined): void {
    dirty.delete(topic);
    const next = topic.next(epoch);
    if (next === 'none') return;
    if (next === 'delete') {
      this.registry.delete(topic);
      if (topic.required) this.mark(topic.required);
      return;
    }
    this.invoke(topic, next, epoch!);
  }

  private invoke(topic: Topic, call: HubCall, epoch: number): void {
    this.lifecycle
      .connection()
      .invoke(call.method, ...call.args)
      .then(
        () => this.settled(topic, epoch),
        (error) =>
          this.lifecycle.afterSettling(() => this.settled(topic, epoch, new HubInvocationError(call.method, error))),
      );
  }

  private settled(topic: Topic, epoch: number, failure?: HubInvocationError): void {
    const subscribing = topic.subscribing(epoch);
    if (!topic.settled(epoch, failure === undefined)) return;
    if (!failure) this.lifecycle.accepted();
    else if (!this.lifecycle.lost(epoch)) {
      if (subscribing) this.batch(() => topic.fail(failure));
      else this.report(failure);
    }
    this.mark(topic);
    this.reconcile();
  }

  private onEpoch(epoch: number | undefined): void {
    this.epoch = epoch;
    // Connected: everything held is requested again. Lost: the server holds nothing, and unheld topics can go.
    this.replayed = 0;
    for (const topic of this.registry.values()) {
      this.mark(topic);
      if (topic.held) this.replayed++;
    }
    this.reconcile();
  }

  /** The connection is given up: everyone waiting for it gets `error`. */
  private failAll(error: Error): void {
    this.batch(() => {
      this.registry.fail(error);
      for (const call of this.calls) call.fail(error);
    });
  }

  private mark(topic: Topic): void {
    (topic.spec.stage === 'setup' ? this.setups : this.topics).add(topic);
  }
}
