import * as t from 'io-ts';
import { nullable } from './nullable';
import { TransactionType } from './TransactionType';
import { UserRecord } from './UserRecord';

/** An item of `StreamUserUpdates`: an account was added, deleted, updated or moved to another group. */
export const UserUpdate = t.type({ type: TransactionType, user: nullable(UserRecord) }, 'UserUpdate');
export type UserUpdate = t.TypeOf<typeof UserUpdate>;
