import * as t from 'io-ts';
import {
  BidAsk,
  ConnectArgs,
  ConnectArgs2,
  ConSession,
  ConSessions,
  ConSymbol,
  DebugArgs,
  MarginLevel,
  MarginUpdateArgs,
  MT4ConnectionStatusArgs,
  MT5ConnectionStatusArgs,
  OHLCS,
  OnlineUpdateArgs,
  SubscribeToTicksArgs,
  SymbolInfo,
  SymbolUpdateArgs,
  Tick,
  TickArgs,
  TicksArgs,
  TicksOHLCArgs,
  TradeExEventPayload,
  TradePlatformId,
  TradeRecord,
  UserRecord,
  UserUpdate,
} from '../../../src';
import * as wire from '../fixtures';
import { decoded } from './decode';

// Every payload codec with its wire fixture.
const payloads: [t.Mixed, unknown][] = [
  [TradePlatformId, wire.tradePlatformId],
  [ConnectArgs, wire.connectArgs],
  [ConnectArgs2, wire.connectArgs2],
  [SubscribeToTicksArgs, wire.subscribeToTicksArgs],
  [MT4ConnectionStatusArgs, wire.mt4ConnectionStatusArgs],
  [MT5ConnectionStatusArgs, wire.mt5ConnectionStatusArgs],
  [Tick, wire.tick],
  [TickArgs, wire.tickArgs],
  [TicksArgs, wire.ticksArgs],
  [BidAsk, wire.bidAsk],
  [OHLCS, wire.ohlcs],
  [TicksOHLCArgs, wire.ticksOHLCArgs],
  [MarginLevel, wire.marginLevel],
  [MarginUpdateArgs, wire.marginUpdateArgs],
  [ConSession, wire.conSession],
  [ConSessions, wire.conSessions],
  [ConSymbol, wire.conSymbol],
  [SymbolUpdateArgs, wire.symbolUpdateArgs],
  [OnlineUpdateArgs, wire.onlineUpdateArgs],
  [DebugArgs, wire.debugArgs],
  [TradeRecord, wire.tradeRecord],
  [TradeExEventPayload, wire.tradeExEventPayload],
  [SymbolInfo, wire.symbolInfo],
  [UserRecord, wire.userRecord],
  [UserUpdate, wire.userUpdate],
];

describe.each(payloads.map(([codec, payload]) => [codec.name, codec, payload] as const))(
  '%s',
  (_name, codec, payload) => {
    it('decodes its fixture', () => {
      expect(codec.is(decoded(codec, payload))).toBe(true);
    });

    it('survives encode, JSON and decode unchanged', () => {
      const value = decoded(codec, payload);
      expect(decoded(codec, JSON.parse(JSON.stringify(codec.encode(value))))).toEqual(value);
    });

    it('encodes to the wire form: ISO strings, and null for undefined', () => {
      const value = decoded(codec, payload);
      expect(codec.encode(value)).toEqual(JSON.parse(JSON.stringify(payload), reissue));
    });
  },
);

// System.Text.Json trims trailing zero milliseconds (`10:15:00Z`, `30.2Z`); Date#toISOString writes all three.
function reissue(_key: string, value: unknown): unknown {
  return typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value) ? new Date(value).toISOString() : value;
}
