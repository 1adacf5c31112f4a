import * as t from 'io-ts';
import { TradePlatformId } from './TradePlatformId';
import { TransactionType } from './TransactionType';

/** The payload of `OnOnlineUpdate`: an account (login) came online or went offline. */
export const OnlineUpdateArgs = t.type(
  { ...TradePlatformId.props, type: TransactionType, login: t.number },
  'OnlineUpdateArgs',
);
export type OnlineUpdateArgs = t.TypeOf<typeof OnlineUpdateArgs>;
