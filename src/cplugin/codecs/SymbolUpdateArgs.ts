import * as t from 'io-ts';
import { ConSymbol } from './ConSymbol';
import { nullable } from './nullable';
import { TradePlatformId } from './TradePlatformId';
import { TransactionType } from './TransactionType';

/** The payload of `OnSymbolUpdate`: a symbol's configuration was added, deleted or changed. */
export const SymbolUpdateArgs = t.type(
  { ...TradePlatformId.props, type: TransactionType, symbol: nullable(ConSymbol) },
  'SymbolUpdateArgs',
);
export type SymbolUpdateArgs = t.TypeOf<typeof SymbolUpdateArgs>;
