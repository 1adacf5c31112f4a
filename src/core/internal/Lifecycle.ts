import { HubConnectionState, type IRetryPolicy } from '@microsoft/signalr';
import {
  BehaviorSubject,
  distinctUntilChanged,
  Subject,
  type Observable,
  type SchedulerLike,
  type Subscription,
} from 'rxjs';
import { AuthenticationError } from '../errors/AuthenticationError';
import { ConnectionFailedError } from '../errors/ConnectionFailedError';
import type { Gap } from '../Gap';
import type { HubConnectionLike } from '../HubConnectionLike';

type Phase = 'idle' | 'starting' | 'connected' | 'reconnecting' | 'waiting' | 'stopping';

/** What the lifecycle asks of the hub it runs the connection for. */
export interface LifecycleHost {
  /** How many subscribers and calls need the connection. */
  users(): number;
  /** Brings the server in line with the subscribers again, after the connection changed. */
  reconcile(): void;
  /** The connection is (again) up: everything the server should hold is to be requested; returns how many topics. */
  replay(): number;
  /** The connection is given up: everyone waiting for it gets `error`. */
  failAll(error: Error): void;
}

/** How the lifecycle runs the connection: `RxHubConfig`, with its defaults resolved. */
export interface LifecycleConfig {
  readonly scheduler: SchedulerLike;
  readonly restart: IRetryPolicy;
  readonly isAuthError: (error: unknown) => boolean;
  readonly linger: number;
  readonly tokens?: { invalidate(): void };
}

/**
 * When the hub's connection starts, stops and restarts, and what an outage was. The connection is wanted while
 * the hub has users; it stops `linger` ms after the last one leaves. A connection lost is SignalR's to reconnect
 * (`reconnecting`) or, once SignalR gives up or never tried (a failed first start, a server close), restarted
 * here under the restart policy (`waiting`). Each successful (re)connect opens a new epoch: server-side state
 * belongs to one. An outage becomes a `Gap` once the hub has requested everything again after it.
 */
export class Lifecycle {
  /** The connection state; replays the current one. */
  readonly state$: Observable<HubConnectionState>;
  /** One item per outage, once the hub has requested everything again after it. */
  readonly gaps$: Observable<Gap>;

  private readonly state = new BehaviorSubject<HubConnectionState>(HubConnectionState.Disconnected);
  private readonly gaps = new Subject<Gap>();
  private connected?: HubConnectionLike;
  private phase: Phase = 'idle';
  private current = 0;
  /** Retries asked of the restart policy since the connection was last up. */
  private attempts = 0;
  /** Starts made since the connection was last up: what a `ConnectionFailedError` reports. */
  private starts = 0;
  private retryingSince?: number;
  /** Whether the token was already refreshed after the server refused it. */
  private refreshedToken = false;
  /** The outage under way, if any. */
  private outage?: { start: number; reason?: Error; connectionId?: string; topics: number; replayed: boolean };
  private timer?: Subscription;

  constructor(
    private readonly connectionOrFactory: HubConnectionLike | (() => HubConnectionLike),
    private readonly host: LifecycleHost,
    private readonly config: LifecycleConfig,
  ) {
    this.state$ = this.state.pipe(distinctUntilChanged());
    this.gaps$ = this.gaps.asObservable();
  }

  /** Counts successful (re)connects. */
  get epoch(): number {
    return this.current;
  }

  /** Whether the connection is up: the server holds what was requested in this epoch. */
  get isConnected(): boolean {
    return this.phase === 'connected';
  }

  /** The server's id of the current connection, when connected. */
  get connectionId(): string | undefined {
    return this.isConnected ? (this.connected?.connectionId ?? undefined) : undefined;
  }

  /** The connection, made on first use, with the lifecycle listening to it. */
  connection(): HubConnectionLike {
    if (this.connected) return this.connected;
    const connection =
      typeof this.connectionOrFactory === 'function' ? this.connectionOrFactory() : this.connectionOrFactory;
    connection.onclose((error) => this.onLost(error, 'idle'));
    connection.onreconnecting((error) => this.onLost(error, 'reconnecting'));
    connection.onreconnected((connectionId) => this.onConnected(connectionId));
    this.connected = connection;
    return connection;
  }

  /** Starts, keeps or lets go of the connection, as the hub's users want. */
  sync(): void {
    const wanted = this.host.users() > 0;
    switch (this.phase) {
      case 'idle':
        if (wanted) this.start();
        break;
      case 'waiting':
        if (!wanted) this.idle();
        break;
      case 'connected':
      case 'reconnecting':
        if (wanted) this.cancelTimer();
        else
          this.timer ??= this.config.scheduler.schedule(() => {
            this.timer = undefined;
            if (this.host.users() === 0 && (this.phase === 'connected' || this.phase === 'reconnecting')) this.stop();
          }, this.config.linger);
        break;
    }
  }

  /** Publishes the outage as a gap, if there was one: the hub has requested everything again. */
  closeGap(): void {
    if (!this.outage?.replayed) return;
    const { start, reason, connectionId, topics } = this.outage;
    this.outage = undefined;
    this.gaps.next({ start, end: this.config.scheduler.now(), reason, connectionId, topics });
  }

  /** Whether a call made in `epoch` failed because the connection was lost rather than on the server. */
  lost(epoch: number): boolean {
    return epoch !== this.current || !this.isConnected;
  }

  /**
   * Runs `action` once the client has finished reacting to whatever failed a call. The real client errors
   * streams before it changes state on a lost connection; classifying the error later tells the two apart.
   */
  afterSettling(action: () => void): void {
    this.config.scheduler.schedule(action);
  }

  private start(): void {
    this.phase = 'starting';
    this.starts++;
    this.state.next(this.outage ? HubConnectionState.Reconnecting : HubConnectionState.Connecting);
    this.connection()
      .start()
      .then(
        () => this.onConnected(),
        (error) => this.afterSettling(() => this.onStartFailed(error)),
      );
  }

  private stop(): void {
    this.phase = 'stopping';
    this.state.next(HubConnectionState.Disconnecting);
    const stopped = (): void => {
      this.idle();
      this.host.reconcile();
    };
    this.connection().stop().then(stopped, stopped);
  }

  private idle(): void {
    this.cancelTimer();
    this.phase = 'idle';
    this.attempts = 0;
    this.starts = 0;
    this.retryingSince = undefined;
    this.outage = undefined;
    this.state.next(HubConnectionState.Disconnected);
  }

  private onConnected(connectionId?: string): void {
    if (this.phase !== 'starting' && this.phase !== 'reconnecting') return;
    this.phase = 'connected';
    this.refreshedToken = false;
    this.attempts = 0;
    this.starts = 0;
    this.retryingSince = undefined;
    this.current++;
    const topics = this.host.replay();
    if (this.outage) {
      this.outage.connectionId = connectionId ?? this.connected?.connectionId ?? undefined;
      this.outage.topics = topics;
      this.outage.replayed = true;
    }
    this.state.next(HubConnectionState.Connected);
    this.host.reconcile();
  }

  private onStartFailed(error: unknown): void {
    if (this.phase !== 'starting') return;
    this.phase = 'idle';
    this.retry(error);
  }

  private onLost(error: Error | undefined, phase: 'idle' | 'reconnecting'): void {
    if (this.phase === 'stopping' || this.phase === 'idle') return;
    this.outage ??= { start: this.config.scheduler.now(), topics: 0, replayed: false };
    this.outage.reason = error ?? this.outage.reason;
    this.config.tokens?.invalidate();
    this.phase = phase;
    if (phase === 'reconnecting') this.state.next(HubConnectionState.Reconnecting);
    else this.retry(error ?? new Error('The connection was closed.'));
    this.host.reconcile();
  }

  private retry(error: unknown): void {
    if (this.host.users() === 0) return this.idle();
    const { tokens } = this.config;
    if (this.config.isAuthError(error)) {
      if (!tokens || this.refreshedToken) {
        return this.fail(error instanceof AuthenticationError ? error : new AuthenticationError(error));
      }
      this.refreshedToken = true;
      tokens.invalidate();
      return this.start();
    }
    const now = this.config.scheduler.now();
    this.retryingSince ??= now;
    const delay = this.config.restart.nextRetryDelayInMilliseconds({
      previousRetryCount: this.attempts,
      elapsedMilliseconds: now - this.retryingSince,
      retryReason: error instanceof Error ? error : new Error(String(error)),
    });
    this.attempts++;
    if (delay === null) return this.fail(new ConnectionFailedError(this.starts, error));
    this.phase = 'waiting';
    this.state.next(this.outage ? HubConnectionState.Reconnecting : HubConnectionState.Connecting);
    this.timer = this.config.scheduler.schedule(() => {
      this.timer = undefined;
      this.phase = 'idle';
      this.host.reconcile();
    }, delay);
  }

  /** Gives up: everyone waiting for the connection gets `error`. */
  private fail(error: Error): void {
    this.idle();
    this.host.failAll(error);
  }

  private cancelTimer(): void {
    this.timer?.unsubscribe();
    this.timer = undefined;
  }
}
