import type { IStreamSubscriber, ISubscription } from '@microsoft/signalr';
import { isObservable, type Subscription } from 'rxjs';
import { Settled } from './Settled';

/** A reply under way: how to fail it when the connection goes, and the scripted source it follows. */
interface Pending {
  fail(error: Error): void;
  subscription?: Subscription;
}

/**
 * The fake server's replies to invocations and streams that have not ended yet, for `TestHubConnection`: each
 * follows the answer its responder scripted, and all of them fail when the connection goes, as SignalR's do.
 */
export class PendingReplies {
  private readonly pending = new Set<Pending>();

  /** The result of an invocation answered with `answer`: a value, an Error, or an Observable whose first value is the result. */
  call<T>(answer: unknown): PromiseLike<T> {
    const result = new Settled<T>();
    if (answer instanceof Error) {
      result.reject(answer);
    } else if (isObservable(answer)) {
      const entry: Pending = { fail: (error) => result.reject(error) };
      this.pending.add(entry);
      const settled = (): void => {
        this.pending.delete(entry);
        entry.subscription?.unsubscribe();
      };
      entry.subscription = answer.subscribe({
        next: (value) => {
          settled();
          result.resolve(value as T);
        },
        error: (error) => {
          settled();
          result.reject(error);
        },
        complete: () => {
          settled();
          result.resolve(undefined as T);
        },
      });
    } else {
      result.resolve(answer as T);
    }
    return result;
  }

  /** A stream answered with `answer` (an Error, or an Observable of its items); `cancelled` runs on an early dispose. */
  stream<T>(answer: unknown, subscriber: IStreamSubscriber<T>, cancelled: () => void): ISubscription<T> {
    const entry: Pending = { fail: (error) => subscriber.error(error) };
    this.pending.add(entry);
    if (answer instanceof Error) {
      this.pending.delete(entry);
      subscriber.error(answer);
    } else if (isObservable(answer)) {
      entry.subscription = answer.subscribe({
        next: (value) => subscriber.next(value as T),
        error: (error) => {
          this.pending.delete(entry);
          subscriber.error(error);
        },
        complete: () => {
          this.pending.delete(entry);
          subscriber.complete();
        },
      });
    }
    return {
      dispose: () => {
        if (!this.pending.delete(entry)) return;
        entry.subscription?.unsubscribe();
        cancelled();
      },
    };
  }

  /** The connection went: every reply under way fails with `error`. */
  fail(error: Error): void {
    for (const entry of [...this.pending]) {
      this.pending.delete(entry);
      entry.subscription?.unsubscribe();
      entry.fail(error);
    }
  }
}
