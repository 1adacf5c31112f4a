import * as t from 'io-ts';
import { DateTime } from './DateTime';
import { CommissionType } from './CommissionType';
import { nullable } from './nullable';
import { SymbolPriceDirection } from './SymbolPriceDirection';

/** An item of `StreamAllTicks`: the current prices and trading figures of a symbol. */
export const SymbolInfo = t.type(
  {
    lastTime: nullable(DateTime),
    visible: t.boolean,
    symbol: nullable(t.string),
    digits: t.number,
    count: t.number,
    type: t.number,
    point: t.number,
    spread: t.number,
    spreadBalance: t.number,
    direction: SymbolPriceDirection,
    updateFlag: t.number,
    bid: t.number,
    ask: t.number,
    high: t.number,
    low: t.number,
    commission: t.number,
    commType: CommissionType,
  },
  'SymbolInfo',
);
export type SymbolInfo = t.TypeOf<typeof SymbolInfo>;
