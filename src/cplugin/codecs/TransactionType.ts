import * as t from 'io-ts';

/** What happened to a record: added, deleted, updated or moved to another group. */
export const TransactionType = t.keyof({ Add: null, Delete: null, Update: null, ChangeGrp: null }, 'TransactionType');
export type TransactionType = t.TypeOf<typeof TransactionType>;
