import type { Observable } from 'rxjs';
import { ContractHub } from '../contract/ContractHub';
import type { DecodePolicy } from '../core/DecodePolicy';
import type { RxHub } from '../core/RxHub';
import type { CallOptions } from './CallOptions';
import { testContract } from './testContract';

/**
 * The CPlugin WebAPI Test hub (`/hubs/test/v1`, no authentication): the server clock, ping and pong, made by a
 * `ContractHub` of `testContract`.
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
  private readonly api: ContractHub<typeof testContract>;

  constructor(
    /** The hub connection this facade runs on. */
    readonly hub: RxHub,
    config: { readonly decode?: DecodePolicy } = {},
  ) {
    this.api = new ContractHub(hub, testContract, config);
  }

  /** The server's clock (`OnClock`), about once a second. */
  clock(options?: CallOptions): Observable<Date> {
    return this.api.withDecode(options?.decode).on('OnClock');
  }

  /** What the server sends back for each `ping` (`Pong`). */
  pong(options?: CallOptions): Observable<string> {
    return this.api.withDecode(options?.decode).on('Pong');
  }

  /** Asks the server to send `message` back through `pong`. */
  ping(message: string): Observable<void> {
    return this.api.invoke('Ping', message);
  }

  /** The server's current time (`GetServerTime`). */
  serverTime(options?: CallOptions): Observable<Date> {
    return this.api.withDecode(options?.decode).invoke('GetServerTime');
  }
}
