import * as t from 'io-ts';
import { isObservable, map, type Observable } from 'rxjs';
import { encodeArg, type TypeOf, type Validator } from './Validator';

/**
 * The validator of a client-to-server stream argument: an Observable whose items SignalR sends to the server one
 * by one, completing the stream when it completes. Each item is encoded by `item` (an io-ts codec) on its way.
 *
 * ## Example
 * ```ts
 * import * as t from 'io-ts';
 * import { from } from 'rxjs';
 * import { clientStream, ContractHub, createRxHub, defineContract } from 'rxhub';
 *
 * const uploads = defineContract({ methods: { UploadLines: { args: [clientStream(t.string)], result: t.number } } });
 * const hub = new ContractHub(createRxHub('http://127.0.0.1:5080/hubs/chat/v1'), uploads);
 * hub.invoke('UploadLines', from(['one', 'two'])).subscribe((count) => console.log(count, 'lines'));
 * ```
 *
 * @param item The validator of each item.
 * @return The validator of the Observable argument.
 */
export function clientStream<V extends Validator>(item: V): Validator<Observable<TypeOf<V>>> {
  return new t.Type<Observable<TypeOf<V>>, Observable<unknown>, unknown>(
    'Observable',
    (u): u is Observable<TypeOf<V>> => isObservable(u),
    (u, context) => (isObservable(u) ? t.success(u as Observable<TypeOf<V>>) : t.failure(u, context)),
    (items) => items.pipe(map((value) => encodeArg(item, value))),
  );
}
