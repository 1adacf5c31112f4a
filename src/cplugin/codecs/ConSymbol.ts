import * as t from 'io-ts';
import { DateTime } from './DateTime';
import { ConSessions } from './ConSessions';
import { GTCMode } from './GTCMode';
import { MarginCalculationMode } from './MarginCalculationMode';
import { nullable } from './nullable';
import { ProfitCalculationMode } from './ProfitCalculationMode';
import { SwapType } from './SwapType';
import { SymbolExecMode } from './SymbolExecMode';
import { TradeMode } from './TradeMode';

/** The configuration of a symbol: trading, sessions, swaps and margin settings. */
export const ConSymbol = t.type(
  {
    symbol: nullable(t.string),
    description: nullable(t.string),
    source: nullable(t.string),
    currency: nullable(t.string),
    type: t.number,
    digits: t.number,
    tradeMode: TradeMode,
    backgroundColor: t.number,
    count: t.number,
    countOriginal: t.number,
    realtime: t.number,
    starting: DateTime,
    expiration: DateTime,
    sessions: nullable(t.array(ConSessions)),
    profitCalculationMode: ProfitCalculationMode,
    profitReserved: t.number,
    filter: t.number,
    filterCounter: t.number,
    filterLimit: t.number,
    filterSmoothing: t.number,
    filterReserved: t.number,
    logging: t.number,
    spread: t.number,
    spreadBalance: t.number,
    symbolExecMode: SymbolExecMode,
    swapEnable: t.number,
    swapType: SwapType,
    swapLong: t.number,
    swapShort: t.number,
    swapRollover3Days: t.number,
    contractSize: t.number,
    tickValue: t.number,
    tickSize: t.number,
    stopsLevel: t.number,
    gtcMode: GTCMode,
    marginCalculationMode: MarginCalculationMode,
    marginInitial: t.number,
    marginMaintenance: t.number,
    marginHedged: t.number,
    marginDivider: t.number,
    percentage: t.number,
    point: t.number,
    multiply: t.number,
    bidTickValue: t.number,
    askTickValue: t.number,
    longOnly: t.number,
    instantMaxVolume: t.number,
    marginCurrency: nullable(t.string),
    freezeLevel: t.number,
    marginHedgedStrong: t.number,
    valueDate: DateTime,
    quotesDelay: t.number,
    swapOpenPrice: t.number,
    swapVariationMargin: t.number,
  },
  'ConSymbol',
);
export type ConSymbol = t.TypeOf<typeof ConSymbol>;
