import * as t from 'io-ts';
import { TradeRecord } from './TradeRecord';
import { TransactionType } from './TransactionType';

/** An item of `StreamTrades`: an order and what happened to it (`Update` with login 0 means deleted). */
export const TradeExEventPayload = t.type({ ...TradeRecord.props, updateType: TransactionType }, 'TradeExEventPayload');
export type TradeExEventPayload = t.TypeOf<typeof TradeExEventPayload>;
