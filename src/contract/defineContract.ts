import type { Contract } from './Contract';

/**
 * Declares a hub's contract, keeping every literal name and validator in its type, for `ContractHub`.
 *
 * ## Example
 * ```ts
 * import * as t from 'io-ts';
 * import { z } from 'zod';
 * import { defineContract } from 'rxhub';
 *
 * const Message = z.object({ room: z.string(), user: z.string(), text: z.string() });
 *
 * export const chat = defineContract({
 *   events: { OnNotice: t.string },
 *   methods: { Post: { args: [Message], result: t.number } },
 *   streams: { Countdown: { args: [t.number], item: t.number } },
 *   topics: { room: { subscribe: 'JoinRoom', unsubscribe: 'LeaveRoom', args: [t.string], event: 'OnMessage', key: 'room', item: Message } },
 *   clientResults: { Confirm: { args: [t.string], result: t.boolean } },
 * });
 * ```
 *
 * @param contract The hub's events, methods, streams, topics and client results.
 * @return The same contract, typed as written.
 */
export function defineContract<const C extends Contract>(contract: C): C {
  return contract;
}
