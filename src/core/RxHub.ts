import type { HubConnectionState, ISubscription } from '@microsoft/signalr';
import { asyncScheduler, Observable, Subject, type OperatorFunction, type Subscriber } from 'rxjs';
import { backoff } from './backoff';
import type { ClientAnswer } from './ClientAnswer';
import { DecodeError } from './DecodeError';
import type { DecodePolicy } from './DecodePolicy';
import { HubInvocationError } from './errors/HubInvocationError';
import type { Gap } from './Gap';
import type { HubConnectionLike } from './HubConnectionLike';
import { check } from './internal/check';
import { ClientMethods } from './internal/ClientMethods';
import { EventChannel, RouteTable } from './internal/EventChannel';
import { Lifecycle } from './internal/Lifecycle';
import { Membership } from './internal/Membership';
import { Topic } from './internal/Topic';
import { isAuthError } from './isAuthError';
import type { Route } from './Route';
import type { RxHubConfig } from './RxHubConfig';
import type { TopicSpec } from './TopicSpec';
import type { Validator } from '../contract/Validator';

/** A call (invoke, send or stream) that needs the connection. */
interface Call {
  run(): void;
  fail(error: unknown): void;
}

/**
 * Cold, ref-counted observables over one SignalR hub connection.
 *
 * - The connection starts with the first subscriber and stops after the last one leaves.
 * - `topic()` shares one server-side subscription between all its subscribers: one subscribe call, one handler,
 *   one unsubscribe call when the last one leaves, and items routed to it in O(1).
 * - After every reconnect, set-up topics are replayed first, then every active topic exactly once, and streams
 *   that the disconnect ended are requested again. Subscribers see a gap (`gaps$`), not an error.
 *
 * @example
 * ```ts
 * import { HubConnectionBuilder } from '@microsoft/signalr';
 * import { RxHub } from 'rxhub';
 *
 * const hub = new RxHub(() =>
 *   new HubConnectionBuilder().withUrl('http://127.0.0.1:5080/hubs/test/v1').withAutomaticReconnect().build(),
 * );
 * const subscription = hub.on('OnClock').subscribe(([time]) => console.log('server time', time));
 * hub.invoke('Ping', 'hello').subscribe();
 * setTimeout(() => subscription.unsubscribe(), 3000);
 * ```
 */
export class RxHub {
  /** The connection state; replays the current one. */
  readonly state$: Observable<HubConnectionState>;
  /** One item per gap in the connection, once the hub has resubscribed after it. */
  readonly gaps$: Observable<Gap>;
  /** Payloads skipped under the `report` policy, and unsubscribe calls that failed. */
  readonly errors$: Observable<DecodeError | HubInvocationError>;

  private readonly errors = new Subject<DecodeError | HubInvocationError>();
  private readonly policy: DecodePolicy;
  private readonly lifecycle: Lifecycle;

  private readonly topics = new Map<string, Topic>();
  private readonly channels = new Map<string, EventChannel>();
  private readonly dirtySetups = new Set<Topic>();
  private readonly dirtyTopics = new Set<Topic>();
  private setupsInFlight = 0;
  private readonly calls = new Set<Call>();
  private readonly waiting = new Set<Call>();
  private rawSubscribers = 0;
  private readonly clientMethods = new ClientMethods({
    connection: () => this.lifecycle.connection(),
    hold: () => {
      this.rawSubscribers++;
      this.reconcile();
    },
    release: () => {
      this.rawSubscribers--;
      this.reconcile();
    },
  });
  private reconciling = false;
  private again = false;

  constructor(connection: HubConnectionLike | (() => HubConnectionLike), config: RxHubConfig = {}) {
    const restart = config.restart ?? {};
    this.policy = config.decode ?? 'report';
    this.lifecycle = new Lifecycle(
      connection,
      {
        users: () => this.topics.size + this.calls.size + this.rawSubscribers,
        reconcile: () => this.reconcile(),
        replay: () => this.replay(),
        failAll: (error) => this.failAll(error),
      },
      {
        scheduler: config.scheduler ?? asyncScheduler,
        restart: 'nextRetryDelayInMilliseconds' in restart ? restart : backoff(restart),
        isAuthError: config.isAuthError ?? isAuthError,
        linger: config.linger ?? 0,
        tokens: config.tokens,
      },
    );
    this.state$ = this.lifecycle.state$;
    this.gaps$ = this.lifecycle.gaps$;
    this.errors$ = this.errors.asObservable();
  }

  /** The server's id of the current connection, when connected (SignalR has none when negotiation is skipped). */
  get connectionId(): string | undefined {
    return this.lifecycle.connectionId;
  }

  /** Counts of what the hub holds: active topics, handlers registered on the connection, calls under way. */
  stats(): { readonly topics: number; readonly handlers: number; readonly calls: number } {
    return { topics: this.topics.size, handlers: this.channels.size, calls: this.calls.size };
  }

  /**
   * A server-to-client event. One handler per event name, however many subscribers; it is removed, with the same
   * function, when the last one leaves. Names are case-insensitive.
   *
   * Without a codec it emits the event's arguments; with one, it decodes the first argument under the policy.
   */
  on(event: string): Observable<unknown[]>;
  on<T>(event: string, codec: Validator<T>, policy?: DecodePolicy): Observable<T>;
  on<T>(event: string, codec?: Validator<T>, policy?: DecodePolicy): Observable<T | unknown[]> {
    const raw = new Observable<unknown[]>((subscriber) => {
      const channel = this.channel(event);
      const subscription = channel.raw.subscribe(subscriber);
      this.rawSubscribers++;
      this.reconcile();
      return () => {
        subscription.unsubscribe();
        this.rawSubscribers--;
        this.releaseChannel(event, channel);
        this.reconcile();
      };
    });
    return codec ? raw.pipe(this.decode(event, codec, policy, (args) => args[0])) : raw;
  }

  /** Invokes a hub method once per subscription: its result, then completion. Waits for the connection. */
  invoke<T = unknown>(method: string, ...args: unknown[]): Observable<T> {
    return this.call<T>(method, args, 'invoke');
  }

  /** Sends a hub method without waiting for its result: completes once sent. Waits for the connection. */
  send(method: string, ...args: unknown[]): Observable<never> {
    return this.call<never>(method, args, 'send');
  }

  /**
   * A server-to-client stream, requested on subscribe. Unsubscribing disposes it, which cancels it on the server.
   * A stream ended by a lost connection is requested again once the hub has reconnected.
   */
  stream<T = unknown>(method: string, ...args: unknown[]): Observable<T> {
    return new Observable<T>((subscriber) => {
      let handle: ISubscription<T> | undefined;
      const call: Call = {
        run: () => {
          const epoch = this.lifecycle.epoch;
          handle = this.lifecycle
            .connection()
            .stream<T>(method, ...args)
            .subscribe({
              next: (value) => subscriber.next(value),
              complete: () => subscriber.complete(),
              error: (error) => {
                handle = undefined;
                this.lifecycle.afterSettling(() => {
                  if (subscriber.closed) return;
                  if (!this.lifecycle.lost(epoch)) return subscriber.error(new HubInvocationError(method, error));
                  this.waiting.add(call);
                  this.reconcile();
                });
              },
            });
        },
        fail: (error) => subscriber.error(error),
      };
      this.enqueue(call);
      return () => {
        handle?.dispose();
        this.dequeue(call);
      };
    });
  }

  /**
   * A ref-counted server-side subscription. The first subscriber makes one `subscribe` call; later ones share
   * it; the last one to leave makes one `unsubscribe` call, and the event handlers go once that has completed.
   * A failing subscribe call errors this topic's subscribers only.
   */
  topic<T>(spec: TopicSpec<T>): Observable<T> {
    const key = keyOf(spec);
    const policy = spec.decode ?? this.policy;
    return new Observable<T>((subscriber) => {
      let topic!: Topic;
      this.batch(() => {
        topic = this.acquire(key, spec as TopicSpec<unknown>);
        topic.join(policy, subscriber as Subscriber<unknown>);
      });
      return new Membership(topic, policy, subscriber as Subscriber<unknown>, this.release);
    });
  }

  /**
   * Answers the server's calls of client method `method` (SignalR client results) while subscribed, with the
   * value, Promise or Observable (its first value) `handler` returns; a handler that throws answers with its error.
   * One handler per method at a time: SignalR takes one answer.
   */
  handle(method: string, handler: (...args: any[]) => ClientAnswer<unknown>): Observable<never> {
    return this.clientMethods.handle(method, handler);
  }

  /**
   * Decodes each item with `codec` under the decode policy (the hub's by default), publishing skipped items on
   * `errors$` as coming from `source`.
   */
  decode<T, A = unknown>(
    source: string,
    codec: Validator<T>,
    policy: DecodePolicy = this.policy,
    select: (item: A) => unknown = (item) => item,
  ): OperatorFunction<A, T> {
    return (items) =>
      new Observable<T>((subscriber) =>
        items.subscribe({
          next: (item) => {
            const value = select(item);
            if (policy === 'trust') return subscriber.next(value as T);
            const decoded = check(codec, value, source);
            if (!(decoded instanceof DecodeError)) return subscriber.next(decoded);
            if (policy === 'strict') return subscriber.error(decoded);
            this.errors.next(decoded);
          },
          error: (error) => subscriber.error(error),
          complete: () => subscriber.complete(),
        }),
      );
  }

  // Calls

  private call<T>(method: string, args: unknown[], kind: 'invoke' | 'send'): Observable<T> {
    return new Observable<T>((subscriber) => {
      const call: Call = {
        run: () => {
          const epoch = this.lifecycle.epoch;
          const connection = this.lifecycle.connection();
          const sent = kind === 'invoke' ? connection.invoke(method, ...args) : connection.send(method, ...args);
          sent.then(
            (result) => {
              if (kind === 'invoke') subscriber.next(result as T);
              subscriber.complete();
            },
            (error) =>
              this.lifecycle.afterSettling(() =>
                subscriber.error(new HubInvocationError(method, error, this.lifecycle.lost(epoch))),
              ),
          );
        },
        fail: (error) => subscriber.error(error),
      };
      this.enqueue(call);
      return () => this.dequeue(call);
    });
  }

  private enqueue(call: Call): void {
    this.calls.add(call);
    this.waiting.add(call);
    this.reconcile();
  }

  private dequeue(call: Call): void {
    this.calls.delete(call);
    this.waiting.delete(call);
    this.reconcile();
  }

  // Topics and handlers

  /** One more holder of the topic of `spec`, created if need be, with the topic it requires held for it. */
  private acquire(key: string, spec: TopicSpec<unknown>): Topic {
    const topic = this.topics.get(key) ?? this.createTopic(key, spec);
    topic.refCount++;
    this.markDirty(topic);
    // Held once per topic, not per subscriber: a refused Connect fails this topic's subscribers through it.
    if (spec.requires && !topic.required) {
      topic.required = this.acquire(keyOf(spec.requires), spec.requires);
      (topic.required.dependents ??= new Set()).add(topic);
    }
    return topic;
  }

  /** One holder less. */
  private readonly release = (topic: Topic): void => {
    topic.refCount--;
    this.markDirty(topic);
    this.reconcile();
  };

  private createTopic(key: string, spec: TopicSpec<unknown>): Topic {
    const routes = spec.routes ?? [];
    for (const { route, key: routeKey } of routes) {
      const other = this.channels.get(route.event.toLowerCase())?.tables.get(route)?.topics.get(routeKey);
      if (other)
        throw new Error(`Two topics route key '${routeKey}' of event '${route.event}': ${key} and ${other.key}`);
    }
    const topic = new Topic(key, spec, this.report);
    for (const { route, key: routeKey } of routes) this.table(route).topics.set(routeKey, topic);
    this.topics.set(key, topic);
    return topic;
  }

  private deleteTopic(topic: Topic): void {
    this.topics.delete(topic.key);
    for (const { route, key } of topic.spec.routes ?? []) {
      const channel = this.channels.get(route.event.toLowerCase())!;
      const table = channel.tables.get(route)!;
      table.topics.delete(key);
      if (table.topics.size === 0) channel.tables.delete(route);
      this.releaseChannel(route.event, channel);
    }
    if (topic.required) {
      topic.required.dependents!.delete(topic);
      this.release(topic.required);
    }
  }

  private table(route: Route): RouteTable {
    const channel = this.channel(route.event);
    let table = channel.tables.get(route);
    if (!table) channel.tables.set(route, (table = new RouteTable(route, this.report)));
    return table;
  }

  private channel(event: string): EventChannel {
    const name = event.toLowerCase();
    let channel = this.channels.get(name);
    if (!channel) {
      this.channels.set(name, (channel = new EventChannel()));
      this.lifecycle.connection().on(name, channel.handler);
    }
    return channel;
  }

  private releaseChannel(event: string, channel: EventChannel): void {
    const name = event.toLowerCase();
    if (!channel.idle || this.channels.get(name) !== channel) return;
    this.channels.delete(name);
    this.lifecycle.connection().off(name, channel.handler);
  }

  private readonly report = (error: DecodeError): void => this.errors.next(error);

  private markDirty(topic: Topic): void {
    (topic.spec.stage === 'setup' ? this.dirtySetups : this.dirtyTopics).add(topic);
  }

  // Reconciliation: brings the server and the connection in line with what subscribers want.

  private reconcile(): void {
    if (this.reconciling) {
      this.again = true;
      return;
    }
    this.reconciling = true;
    try {
      do {
        this.again = false;
        this.syncTopics();
        this.lifecycle.sync();
      } while (this.again);
    } finally {
      this.reconciling = false;
    }
  }

  private syncTopics(): void {
    if (!this.lifecycle.isConnected) {
      // No server session: nothing to undo, and everything is replayed on connect.
      // A topic released meanwhile (a session whose last dependent went) comes back into its set and is seen again.
      for (const dirty of [this.dirtyTopics, this.dirtySetups]) {
        for (const topic of dirty) {
          dirty.delete(topic);
          if (topic.refCount === 0) this.deleteTopic(topic);
        }
      }
      return;
    }
    for (const topic of this.dirtySetups) {
      this.dirtySetups.delete(topic);
      this.sync(topic);
    }
    const open = this.setupsInFlight === 0;
    for (const topic of this.dirtyTopics) {
      if (!open && topic.refCount > 0) continue;
      this.dirtyTopics.delete(topic);
      this.sync(topic);
    }
    if (!open) return;
    for (const call of this.waiting) {
      this.waiting.delete(call);
      call.run();
    }
    this.lifecycle.closeGap();
  }

  private sync(topic: Topic): void {
    if (this.topics.get(topic.key) !== topic) return;
    const state = topic.epoch === this.lifecycle.epoch ? topic.state : 'none';
    if (topic.refCount > 0) {
      if (state === 'none') this.serverCall(topic, 'subscribing');
    } else if (state === 'subscribed') {
      this.serverCall(topic, 'unsubscribing');
    } else if (state === 'none') {
      this.deleteTopic(topic);
    }
  }

  private serverCall(topic: Topic, state: 'subscribing' | 'unsubscribing'): void {
    const call = state === 'subscribing' ? topic.spec.subscribe : topic.spec.unsubscribe;
    if (!call) {
      topic.state = state === 'subscribing' ? 'subscribed' : 'none';
      topic.epoch = this.lifecycle.epoch;
      if (topic.state === 'none') this.deleteTopic(topic);
      return;
    }
    const epoch = this.lifecycle.epoch;
    const setup = topic.spec.stage === 'setup' && state === 'subscribing';
    topic.state = state;
    topic.epoch = epoch;
    if (setup) this.setupsInFlight++;
    const settle = (next: 'none' | 'subscribed', error?: unknown): void => {
      if (epoch !== this.lifecycle.epoch || topic.epoch !== epoch) return;
      if (setup) this.setupsInFlight--;
      topic.state = next;
      if (error !== undefined && !this.lifecycle.lost(epoch)) {
        const failure = new HubInvocationError(call.method, error);
        if (state === 'subscribing') this.batch(() => topic.fail(failure));
        else this.errors.next(failure);
      }
      this.markDirty(topic);
      this.reconcile();
    };
    this.lifecycle
      .connection()
      .invoke(call.method, ...call.args)
      .then(
        () => settle(state === 'subscribing' ? 'subscribed' : 'none'),
        (error) => this.lifecycle.afterSettling(() => settle('none', error)),
      );
  }

  /** Every topic is to be requested again, set-up first, on a new connection; returns how many are active. */
  private replay(): number {
    this.setupsInFlight = 0;
    let active = 0;
    for (const topic of this.topics.values()) {
      this.markDirty(topic);
      if (topic.refCount > 0) active++;
    }
    return active;
  }

  /** The connection is given up: everyone waiting for it gets `error`. */
  private failAll(error: Error): void {
    this.batch(() => {
      for (const topic of this.topics.values()) topic.fail(error);
      for (const call of this.calls) call.fail(error);
      for (const channel of this.channels.values()) channel.fail(error);
    });
  }

  /** Runs `action` with reconciliation held back until it is done. */
  private batch(action: () => void): void {
    const outer = this.reconciling;
    this.reconciling = true;
    try {
      action();
    } finally {
      this.reconciling = outer;
    }
    if (!outer) this.reconcile();
  }
}

/**
 * A topic's identity: its subscribe call, or, for a topic that only listens, its routes. Built by `join`, which
 * makes one flat string: `+` would make a tree of the parts, all of which the topic would keep.
 */
function keyOf(spec: TopicSpec<unknown>): string {
  return spec.subscribe
    ? [spec.subscribe.method.toLowerCase(), JSON.stringify(spec.subscribe.args)].join(':')
    : (spec.routes ?? []).map(({ route, key }) => `${route.event.toLowerCase()}>${key}`).join();
}
