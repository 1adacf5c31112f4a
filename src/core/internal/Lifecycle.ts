import { HubConnectionState } from '@microsoft/signalr';
import { BehaviorSubject, distinctUntilChanged, Subject, type Observable, type Subscription } from 'rxjs';
import { AuthenticationError } from '../errors/AuthenticationError';
import { ConnectionError } from '../errors/ConnectionError';
import { ConnectionFailedError } from '../errors/ConnectionFailedError';
import type { Gap } from '../Gap';
import type { HubConnectionLike } from '../HubConnectionLike';
import { isServerClose } from './isServerClose';
import { REFUSALS, type LifecycleConfig } from './LifecycleConfig';

type Phase = 'idle' | 'starting' | 'connected' | 'reconnecting' | 'waiting' | 'stopping';

/**
 * When the hub's connection starts, stops and restarts, and what an outage was. The connection is wanted while
 * the hub has users; it stops `linger` ms after the last one leaves. A connection lost is SignalR's to reconnect
 * (`reconnecting`) or, once SignalR gives up or never tried (a failed first start, a server close), restarted
 * here under the restart policy (`waiting`). Each (re)connect opens a new epoch, published on `epoch$`.
 */
export class Lifecycle {
  private readonly state = new BehaviorSubject<HubConnectionState>(HubConnectionState.Disconnected);
  private readonly gaps = new Subject<Gap>();
  private readonly epochs = new BehaviorSubject<number | undefined>(undefined);
  private readonly errors = new Subject<ConnectionError>();
  private readonly failures = new Subject<Error>();

  /** The connection state; replays the current one. */
  readonly state$: Observable<HubConnectionState> = this.state.pipe(distinctUntilChanged());
  /** One item per outage, once the hub has requested everything again after it (`closeGap`). */
  readonly gaps$: Observable<Gap> = this.gaps.asObservable();
  /**
   * The epoch while connected, `undefined` while not; replays the current one. Server-side state belongs to one
   * epoch. It turns `undefined` before `state$` says the connection is lost, and to the new epoch only after
   * `state$` has said it is back: whoever leaves on hearing either finds nothing to undo.
   */
  readonly epoch$: Observable<number | undefined> = this.epochs.pipe(distinctUntilChanged());
  /** Failed starts and closes with an error, as they happen. */
  readonly errors$: Observable<ConnectionError> = this.errors.asObservable();
  /** The connection is given up: everyone waiting for it is to fail with this error. */
  readonly failure$: Observable<Error> = this.failures.asObservable();

  private hubConnection?: HubConnectionLike;
  private phase: Phase = 'idle';
  private wanted = false;
  private lastEpoch = 0;
  /** Retries asked of the restart policy since the connection was last up. */
  private attempts = 0;
  /** Starts made since the connection was last up: what a `ConnectionFailedError` reports. */
  private starts = 0;
  /** Refusals in a row: closes with an error since the server last accepted a call. */
  private refusals = 0;
  private retryingSince?: number;
  /** Whether the token was already refreshed after the server refused it. */
  private refreshedToken = false;
  private outage?: { start: number; reason?: Error; connectionId?: string };
  private timer?: Subscription;

  constructor(
    private readonly connectionOrFactory: HubConnectionLike | (() => HubConnectionLike),
    private readonly config: LifecycleConfig,
  ) {}

  /** The latest epoch: a call made in it can tell later whether the connection was lost meanwhile. */
  get epoch(): number {
    return this.lastEpoch;
  }

  /** The server's id of the current connection, when connected. */
  get connectionId(): string | undefined {
    return this.phase === 'connected' ? (this.hubConnection?.connectionId ?? undefined) : undefined;
  }

  /** The connection, made on first use, with the lifecycle listening to it. */
  connection(): HubConnectionLike {
    if (this.hubConnection) return this.hubConnection;
    const connection =
      typeof this.connectionOrFactory === 'function' ? this.connectionOrFactory() : this.connectionOrFactory;
    connection.onclose((error) => this.onLost(error, 'idle'));
    connection.onreconnecting((error) => this.onLost(error, 'reconnecting'));
    connection.onreconnected((connectionId) => this.onConnected(connectionId));
    this.hubConnection = connection;
    return connection;
  }

  /** Starts, keeps or lets go of the connection: it is wanted while the hub has users. */
  want(wanted: boolean): void {
    this.wanted = wanted;
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
        else this.timer ??= this.config.scheduler.schedule(() => this.linger(), this.config.linger);
        break;
    }
  }

  /** The server accepted a call: it does not refuse this connection. */
  accepted(): void {
    this.refusals = 0;
  }

  /** Publishes the outage as a gap, if there was one: the hub has requested its `topics` again. */
  closeGap(topics: number): void {
    if (!this.outage || this.phase !== 'connected') return;
    const { start, reason, connectionId } = this.outage;
    this.outage = undefined;
    this.gaps.next({ start, end: this.config.scheduler.now(), reason, connectionId, topics });
  }

  /** Whether a call made in `epoch` failed because the connection was lost rather than on the server. */
  lost(epoch: number): boolean {
    return epoch !== this.lastEpoch || this.phase !== 'connected';
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

  private linger(): void {
    this.timer = undefined;
    if (this.wanted || (this.phase !== 'connected' && this.phase !== 'reconnecting')) return;
    this.enter('stopping');
    this.state.next(HubConnectionState.Disconnecting);
    const stopped = (): void => {
      this.idle();
      if (this.wanted) this.start();
    };
    this.connection().stop().then(stopped, stopped);
  }

  private idle(): void {
    this.cancelTimer();
    this.enter('idle');
    this.attempts = 0;
    this.starts = 0;
    this.refusals = 0;
    this.retryingSince = undefined;
    this.outage = undefined;
    this.state.next(HubConnectionState.Disconnected);
  }

  private onConnected(connectionId?: string): void {
    if (this.phase !== 'starting' && this.phase !== 'reconnecting') return;
    if (this.phase === 'reconnecting') this.refusals = 0;
    this.phase = 'connected';
    this.refreshedToken = false;
    this.attempts = 0;
    this.starts = 0;
    this.retryingSince = undefined;
    this.lastEpoch++;
    if (this.outage) this.outage.connectionId = connectionId ?? this.hubConnection?.connectionId ?? undefined;
    this.state.next(HubConnectionState.Connected);
    // Those who leave on hearing `Connected` are gone before the hub requests anything of the new epoch.
    if (this.phase === 'connected') this.epochs.next(this.lastEpoch);
  }

  private onStartFailed(error: unknown): void {
    if (this.phase !== 'starting') return;
    this.phase = 'waiting';
    if (isServerClose(error)) this.refusals++;
    this.errors.next(new ConnectionError('start', error));
    this.retry(error);
  }

  private onLost(error: Error | undefined, phase: 'idle' | 'reconnecting'): void {
    if (this.phase === 'stopping' || this.phase === 'idle') return;
    const closed = phase === 'idle' && error !== undefined;
    // Closed with an error, and SignalR did not try to reconnect: the server said not to.
    if (closed && this.phase === 'connected') this.refusals++;
    else if (!error) this.refusals = 0;
    this.outage ??= { start: this.config.scheduler.now() };
    this.outage.reason = error ?? this.outage.reason;
    this.config.tokens?.invalidate();
    // `waiting` until `retry` has decided: nothing starts the connection meanwhile.
    this.enter(phase === 'idle' ? 'waiting' : 'reconnecting');
    if (closed) this.errors.next(new ConnectionError('close', error));
    if (phase === 'reconnecting') this.state.next(HubConnectionState.Reconnecting);
    else this.retry(error ?? new Error('The connection was closed.'));
  }

  private retry(error: unknown): void {
    if (!this.wanted) return this.idle();
    const { tokens } = this.config;
    if (this.config.isAuthError(error)) {
      if (!tokens || this.refreshedToken) {
        return this.fail(error instanceof AuthenticationError ? error : new AuthenticationError(error));
      }
      this.refreshedToken = true;
      tokens.invalidate();
      return this.start();
    }
    if (this.refusals >= REFUSALS) return this.fail(new ConnectionFailedError(this.refusals, error));
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
    // Scheduled before anyone hears of it: whoever leaves on hearing it cancels it.
    this.timer = this.config.scheduler.schedule(() => {
      this.timer = undefined;
      this.phase = 'idle';
      this.start();
    }, delay);
    this.state.next(this.outage ? HubConnectionState.Reconnecting : HubConnectionState.Connecting);
  }

  /** Gives up: everyone waiting for the connection gets `error`. */
  private fail(error: Error): void {
    this.idle();
    this.failures.next(error);
  }

  /** Moves to `phase`, telling `epoch$` when that ends the connected one. */
  private enter(phase: Phase): void {
    this.phase = phase;
    if (phase !== 'connected') this.epochs.next(undefined);
  }

  private cancelTimer(): void {
    this.timer?.unsubscribe();
    this.timer = undefined;
  }
}
