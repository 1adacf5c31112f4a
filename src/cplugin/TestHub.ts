import * as t from 'io-ts';
import { DateTime } from './codecs/DateTime';
import type { Observable } from 'rxjs';
import type { DecodePolicy } from '../core/DecodePolicy';
import type { RxHub } from '../core/RxHub';
import type { CallOptions } from './CallOptions';

/**
 * The CPlugin WebAPI Test hub (`/hubs/test/v1`, no authentication): the server clock, ping and pong.
 *
 * @example
 * ```ts
 * import { createRxHub, TestHub } from 'rxhub';
 *
 * const test = new TestHub(createRxHub('http://127.0.0.1:5080/hubs/test/v1'));
 * test.clock().subscribe((time) => console.log(time.toISOString()));
 * ```
 */
export class TestHub {
  constructor(
    /** The hub connection this facade runs on. */
    readonly hub: RxHub,
    private readonly config: { readonly decode?: DecodePolicy } = {},
  ) {}

  /** The server's clock (`OnClock`), about once a second. */
  clock(options?: CallOptions): Observable<Date> {
    return this.hub.on('OnClock', DateTime, this.policy(options));
  }

  /** What the server sends back for each `ping` (`Pong`). */
  pong(options?: CallOptions): Observable<string> {
    return this.hub.on('Pong', t.string, this.policy(options));
  }

  /** Asks the server to send `message` back through `pong`. */
  ping(message: string): Observable<void> {
    return this.hub.invoke<void>('Ping', message);
  }

  /** The server's current time (`GetServerTime`). */
  serverTime(options?: CallOptions): Observable<Date> {
    return this.hub.invoke('GetServerTime').pipe(this.hub.decode('GetServerTime', DateTime, this.policy(options)));
  }

  private policy(options?: CallOptions): DecodePolicy | undefined {
    return options?.decode ?? this.config.decode;
  }
}
