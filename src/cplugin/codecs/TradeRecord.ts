import * as t from 'io-ts';
import { DateTime } from './DateTime';
import { ActivationType } from './ActivationType';
import { nullable } from './nullable';
import { TradeCommand } from './TradeCommand';
import { TradeRecordReason } from './TradeRecordReason';
import { TradeRecordState } from './TradeRecordState';

/** An order (open, pending or closed) or a balance/credit operation of an account. */
export const TradeRecord = t.type(
  {
    order: t.number,
    login: t.number,
    symbol: nullable(t.string),
    openTime: DateTime,
    closeTime: DateTime,
    expiration: DateTime,
    gatewayVolume: t.number,
    gatewayVolumeLots: t.number,
    digits: t.number,
    volume: t.number,
    volumeLots: t.number,
    tradeRecordState: TradeRecordState,
    openPrice: t.number,
    sl: t.number,
    tp: t.number,
    commission: t.number,
    commissionAgent: t.number,
    convReserv: nullable(t.string),
    tradeRecordReason: TradeRecordReason,
    storage: t.number,
    closePrice: t.number,
    profit: t.number,
    taxes: t.number,
    magic: t.number,
    comment: nullable(t.string),
    gatewayOrder: t.number,
    activationType: ActivationType,
    gatewayOpenPrice: t.number,
    gatewayClosePrice: t.number,
    marginRate: t.number,
    timeStamp: DateTime,
    apiData: nullable(t.array(t.number)),
    convRates: nullable(t.array(t.number)),
    tradeCommand: TradeCommand,
  },
  'TradeRecord',
);
export type TradeRecord = t.TypeOf<typeof TradeRecord>;
