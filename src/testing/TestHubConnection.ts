import { HubConnectionState, type IStreamResult, type IStreamSubscriber, type ISubscription } from '@microsoft/signalr';
import { defaultIfEmpty, of, take, type Observable, type SchedulerLike, type Subscription } from 'rxjs';
import type { HubConnectionLike } from '../core/HubConnectionLike';
import { ClientHandlers } from './ClientHandlers';
import { PendingReplies } from './PendingReplies';
import { Settled } from './Settled';
import type { TestHubCall } from './TestHubCall';
import type { TestResponder } from './TestResponder';

/** Options of a `TestHubConnection`. */
export interface TestHubConnectionOptions {
  /** Whether a dropped transport goes to `Reconnecting`, as with `withAutomaticReconnect()`. Default true. */
  readonly automaticReconnect?: boolean;
}

/**
 * A fake `HubConnection` for marble tests: it records what the client does with its frame, answers hub methods as
 * scripted, plays server events, and drops, reconnects or closes on cue. Results settle synchronously within
 * their frame, so `expectObservable` sees them where the marbles say.
 *
 * @example
 * ```ts
 * import { TestScheduler } from 'rxjs/testing';
 * import { RxHub } from 'rxhub';
 * import { TestHubConnection } from 'rxhub/testing';
 *
 * const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
 * scheduler.run(({ cold, hot, expectObservable }) => {
 *   const connection = new TestHubConnection(scheduler);
 *   connection.respond('GetServerTime', () => cold('--(t|)', { t: '2024-01-01T00:00:00Z' }));
 *   connection.serve('OnClock', hot('---a', { a: 'tick' }));
 *   const hub = new RxHub(connection, { scheduler });
 *   expectObservable(hub.invoke('GetServerTime')).toBe('--(t|)', { t: '2024-01-01T00:00:00Z' });
 *   expectObservable(hub.on('OnClock')).toBe('---a', { a: ['tick'] });
 * });
 * ```
 */
export class TestHubConnection implements HubConnectionLike {
  state = HubConnectionState.Disconnected;
  connectionId: string | null = null;
  /** Everything the client did, in order. */
  readonly log: TestHubCall[] = [];

  private readonly automaticReconnect: boolean;
  private readonly handlers = new ClientHandlers();
  private readonly responders = new Map<string, TestResponder>();
  private readonly closeCallbacks: ((error?: Error) => void)[] = [];
  private readonly reconnectingCallbacks: ((error?: Error) => void)[] = [];
  private readonly reconnectedCallbacks: ((connectionId?: string) => void)[] = [];
  private readonly replies = new PendingReplies();
  private starter?: () => Observable<unknown>;
  private connections = 0;

  constructor(
    private readonly scheduler: SchedulerLike,
    options: TestHubConnectionOptions = {},
  ) {
    this.automaticReconnect = options.automaticReconnect ?? true;
  }

  // Scripting the server

  /** Scripts hub method `method` (case-insensitive). Unscripted methods return `undefined` at once. */
  respond(method: string, responder: TestResponder): this {
    this.responders.set(method.toLowerCase(), responder);
    return this;
  }

  /** Scripts `start()`: it connects when `source` emits or completes, and fails when it errors. */
  starting(source: () => Observable<unknown>): this {
    this.starter = source;
    return this;
  }

  /** Plays each value of `source` as the single argument of server event `event`. */
  serve(event: string, source: Observable<unknown>): Subscription {
    return source.subscribe((value) => this.emit(event, value));
  }

  /** Calls the client's handlers of `event` now, with `args`. */
  emit(event: string, ...args: unknown[]): void {
    this.handlers.call(event, args);
  }

  /** Calls client method `method` as a server waiting for a client result does, and settles as that server would. */
  invokeClient(method: string, ...args: unknown[]): Promise<unknown> {
    return this.handlers.result(method, args);
  }

  /** Runs `actions` on the frames of a hot marble: `connection.at('--d--r', { d: (c) => c.drop(), r: (c) => c.reconnect() })`. */
  at(source: Observable<string>, actions: Record<string, (connection: this) => void>): Subscription {
    return source.subscribe((name) => actions[name](this));
  }

  /** The transport drops: pending calls fail, then `Reconnecting` (or `Disconnected` without automatic reconnect). */
  drop(error: Error = new Error('WebSocket closed with status code: 1006 (no reason given).')): void {
    if (this.state !== HubConnectionState.Connected) return;
    this.replies.fail(error);
    if (!this.automaticReconnect) return this.disconnect(error);
    this.state = HubConnectionState.Reconnecting;
    this.connectionId = null;
    for (const callback of this.reconnectingCallbacks) callback(error);
  }

  /** The automatic reconnect succeeds, with a new connection id. */
  reconnect(): void {
    if (this.state !== HubConnectionState.Reconnecting) return;
    this.state = HubConnectionState.Connected;
    this.connectionId = this.nextConnectionId();
    for (const callback of this.reconnectedCallbacks) callback(this.connectionId);
  }

  /** The server closes the connection, or automatic reconnect gives up: `Disconnected` and `onclose`. */
  close(error?: Error): void {
    if (this.state === HubConnectionState.Disconnected) return;
    this.replies.fail(error ?? new Error('Invocation canceled due to the underlying connection being closed.'));
    this.disconnect(error);
  }

  /** How many handlers the client has registered for `event`. */
  handlerCount(event?: string): number {
    return this.handlers.count(event);
  }

  /** The invocations (and sends) of `method`, or of every method. */
  invocations(method?: string): TestHubCall[] {
    return this.log.filter(
      (call) =>
        (call.kind === 'invoke' || call.kind === 'send') &&
        (method === undefined || call.method?.toLowerCase() === method.toLowerCase()),
    );
  }

  // HubConnectionLike

  start(): PromiseLike<void> {
    this.record('start');
    const result = new Settled<void>();
    if (this.state !== HubConnectionState.Disconnected) {
      result.reject(new Error("Cannot start a HubConnection that is not in the 'Disconnected' state."));
      return result;
    }
    this.state = HubConnectionState.Connecting;
    const connected = (): void => {
      if (this.state !== HubConnectionState.Connecting) return;
      this.state = HubConnectionState.Connected;
      this.connectionId = this.nextConnectionId();
      result.resolve();
    };
    (this.starter?.() ?? of(undefined)).pipe(defaultIfEmpty(undefined), take(1)).subscribe({
      next: connected,
      error: (error) => {
        this.state = HubConnectionState.Disconnected;
        result.reject(error);
      },
    });
    return result;
  }

  stop(): PromiseLike<void> {
    this.record('stop');
    this.close();
    const result = new Settled<void>();
    result.resolve();
    return result;
  }

  on(methodName: string, newMethod: (...args: any[]) => any): void {
    this.handlers.add(methodName, newMethod);
  }

  off(methodName: string, method: (...args: any[]) => void): void {
    this.handlers.delete(methodName, method);
  }

  invoke<T = any>(methodName: string, ...args: any[]): PromiseLike<T> {
    return this.call<T>('invoke', methodName, args);
  }

  send(methodName: string, ...args: any[]): PromiseLike<void> {
    return this.call<void>('send', methodName, args);
  }

  stream<T = any>(methodName: string, ...args: any[]): IStreamResult<T> {
    return {
      subscribe: (subscriber: IStreamSubscriber<T>): ISubscription<T> => {
        this.record('stream', methodName, args);
        if (this.state !== HubConnectionState.Connected) {
          subscriber.error(new Error("Cannot send data if the connection is not in the 'Connected' State."));
          return { dispose: () => undefined };
        }
        const cancelled = () => this.record('cancel', methodName, args);
        return this.replies.stream(this.answer(methodName, args), subscriber, cancelled);
      },
    };
  }

  onclose(callback: (error?: Error) => void): void {
    this.closeCallbacks.push(callback);
  }

  onreconnecting(callback: (error?: Error) => void): void {
    this.reconnectingCallbacks.push(callback);
  }

  onreconnected(callback: (connectionId?: string) => void): void {
    this.reconnectedCallbacks.push(callback);
  }

  // Internals

  private call<T>(kind: 'invoke' | 'send', method: string, args: unknown[]): PromiseLike<T> {
    this.record(kind, method, args);
    if (this.state !== HubConnectionState.Connected) {
      const refused = new Settled<T>();
      refused.reject(new Error("Cannot send data if the connection is not in the 'Connected' State."));
      return refused;
    }
    return this.replies.call<T>(this.answer(method, args));
  }

  private answer(method: string, args: unknown[]): unknown {
    const responder = this.responders.get(method.toLowerCase());
    try {
      return responder ? responder(...args) : undefined;
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }

  private disconnect(error?: Error): void {
    this.state = HubConnectionState.Disconnected;
    this.connectionId = null;
    for (const callback of this.closeCallbacks) callback(error);
  }

  private record(kind: TestHubCall['kind'], method?: string, args?: readonly unknown[]): void {
    this.log.push(
      method === undefined
        ? { frame: this.scheduler.now(), kind }
        : { frame: this.scheduler.now(), kind, method, args },
    );
  }

  private nextConnectionId(): string {
    return `connection-${++this.connections}`;
  }
}
