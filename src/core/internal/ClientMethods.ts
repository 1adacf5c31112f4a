import { firstValueFrom, isObservable, Observable } from 'rxjs';
import type { ClientAnswer } from '../ClientAnswer';
import type { HubConnectionLike } from '../HubConnectionLike';

/** What `ClientMethods` needs of its hub. */
export interface ClientMethodsHost {
  connection(): HubConnectionLike;
  /** One more user of the connection while a handler is registered, and one less after. */
  hold(): void;
  release(): void;
}

/**
 * The client methods the server may call for a result (SignalR client results). SignalR takes the value (or the
 * Promise) a handler returns as the answer, and refuses an answer from more than one handler of a name: so each
 * name has one handler at a time, registered while its observable is subscribed.
 */
export class ClientMethods {
  private readonly handlers = new Map<string, (...args: unknown[]) => unknown>();

  constructor(private readonly host: ClientMethodsHost) {}

  handle(method: string, handler: (...args: unknown[]) => ClientAnswer<unknown>): Observable<never> {
    return new Observable<never>((subscriber) => {
      const name = method.toLowerCase();
      if (this.handlers.has(name)) {
        subscriber.error(new Error(`Client method '${method}' already has a handler: the server takes one answer`));
        return;
      }
      const answer = (...args: unknown[]): unknown => {
        const result = handler(...args);
        return isObservable(result) ? firstValueFrom(result) : result;
      };
      this.handlers.set(name, answer);
      this.host.connection().on(name, answer);
      this.host.hold();
      return () => {
        this.handlers.delete(name);
        this.host.connection().off(name, answer);
        this.host.release();
      };
    });
  }
}
