import type { HubConnectionState, ISubscription } from '@microsoft/signalr';
import { asyncScheduler, Observable, Subject, type OperatorFunction, type Subscriber } from 'rxjs';
import type { ClientAnswer } from './ClientAnswer';
import type { DecodePolicy } from './DecodePolicy';
import type { ConnectionError } from './errors/ConnectionError';
import { DecodeError } from './errors/DecodeError';
import { HubInvocationError } from './errors/HubInvocationError';
import type { Gap } from './Gap';
import type { HubConnectionLike } from './HubConnectionLike';
import { check } from './internal/check';
import { ClientMethods } from './internal/ClientMethods';
import { Lifecycle } from './internal/Lifecycle';
import { Membership } from './internal/Membership';
import { Reconciler, type Call } from './internal/Reconciler';
import { TopicRegistry } from './internal/TopicRegistry';
import { isAuthError } from './isAuthError';
import { retryPolicy } from './retryPolicy';
import type { RxHubConfig } from './RxHubConfig';
import type { TopicSpec } from './TopicSpec';
import type { Validator } from '../contract/Validator';

/**
 * Cold, ref-counted observables over one SignalR hub connection.
 *
 * - The connection starts with the first subscriber and stops after the last one leaves.
 * - `topic()` shares one server-side subscription between all its subscribers: one subscribe call, one handler,
 *   one unsubscribe call when the last one leaves, and items routed to it in O(1).
 * - After every reconnect, set-up topics are replayed first, then every active topic exactly once, and streams
 *   that the disconnect ended are requested again. Subscribers see a gap (`gaps$`), not an error.
 *
 * How it is built: docs/architecture.md.
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
  /**
   * Every failed start of the connection and every close with an error, with the client's and the server's
   * message, as they happen. RxHub restarts after each; subscribers learn only when it gives up (docs/concepts.md).
   */
  readonly connectionErrors$: Observable<ConnectionError>;

  private readonly errors = new Subject<DecodeError | HubInvocationError>();
  private readonly policy: DecodePolicy;
  private readonly lifecycle: Lifecycle;
  private readonly registry: TopicRegistry;
  private readonly reconciler: Reconciler;
  private readonly clientMethods = new ClientMethods({
    connection: () => this.lifecycle.connection(),
    hold: () => this.reconciler.listen(1),
    release: () => this.reconciler.listen(-1),
  });

  constructor(connection: HubConnectionLike | (() => HubConnectionLike), config: RxHubConfig = {}) {
    this.policy = config.decode ?? 'report';
    this.lifecycle = new Lifecycle(connection, {
      scheduler: config.scheduler ?? asyncScheduler,
      restart: retryPolicy(config.restart),
      isAuthError: config.isAuthError ?? isAuthError,
      linger: config.linger ?? 0,
      tokens: config.tokens,
    });
    this.registry = new TopicRegistry(() => this.lifecycle.connection(), this.report);
    this.reconciler = new Reconciler(this.registry, this.lifecycle, this.report);
    this.state$ = this.lifecycle.state$;
    this.gaps$ = this.lifecycle.gaps$;
    this.errors$ = this.errors.asObservable();
    this.connectionErrors$ = this.lifecycle.errors$;
  }

  /** The server's id of the current connection, when connected (SignalR has none when negotiation is skipped). */
  get connectionId(): string | undefined {
    return this.lifecycle.connectionId;
  }

  /** Counts of what the hub holds: active topics, handlers registered on the connection, calls under way. */
  stats(): { readonly topics: number; readonly handlers: number; readonly calls: number } {
    return { topics: this.registry.size, handlers: this.registry.handlers, calls: this.reconciler.size };
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
      const channel = this.registry.channel(event);
      const subscription = channel.raw.subscribe(subscriber);
      this.reconciler.listen(1);
      return () => {
        subscription.unsubscribe();
        this.registry.releaseChannel(event, channel);
        this.reconciler.listen(-1);
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
                  this.reconciler.requeue(call);
                });
              },
            });
        },
        fail: (error) => subscriber.error(error),
      };
      this.reconciler.enqueue(call);
      return () => {
        handle?.dispose();
        this.reconciler.dequeue(call);
      };
    });
  }

  /**
   * A ref-counted server-side subscription. The first subscriber makes one `subscribe` call; later ones share
   * it; the last one to leave makes one `unsubscribe` call, and the event handlers go once that has completed.
   * A failing subscribe call errors this topic's subscribers only.
   */
  topic<T>(spec: TopicSpec<T>): Observable<T> {
    const policy = spec.decode ?? this.policy;
    return new Observable<T>((subscriber) => {
      const member = subscriber as Subscriber<unknown>;
      const topic = this.reconciler.acquire(spec as TopicSpec<unknown>, (joined) => joined.join(policy, member));
      return new Membership(topic, policy, member, this.reconciler.release);
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

  private call<T>(method: string, args: unknown[], kind: 'invoke' | 'send'): Observable<T> {
    return new Observable<T>((subscriber) => {
      const call: Call = {
        run: () => {
          const epoch = this.lifecycle.epoch;
          const connection = this.lifecycle.connection();
          const sent = kind === 'invoke' ? connection.invoke(method, ...args) : connection.send(method, ...args);
          sent.then(
            (result) => {
              this.lifecycle.accepted();
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
      this.reconciler.enqueue(call);
      return () => this.reconciler.dequeue(call);
    });
  }

  private readonly report = (error: DecodeError | HubInvocationError): void => this.errors.next(error);
}
