import type { Observable } from 'rxjs';

/** A client method's answer to the server (a SignalR client result): a value, a Promise, or an Observable's first value. */
export type ClientAnswer<T> = T | PromiseLike<T> | Observable<T>;
