import type * as t from 'io-ts';
import type {
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
} from '../../src';

// One valid wire payload per contract type, as the WebAPI's System.Text.Json sends it: camelCase, string enums,
// ISO dates (UTC with `Z`, MetaTrader's "no time" as the Unix epoch), `null` for absent strings and arrays.

export const platform = 'mt4-demo';

export const tradePlatformId: t.OutputOf<typeof TradePlatformId> = { tradePlatform: platform };

export const connectArgs: t.OutputOf<typeof ConnectArgs> = { tradePlatform: platform, timeoutMs: 30000 };

export const connectArgs2: t.OutputOf<typeof ConnectArgs2> = { tradePlatform: 'mt5-demo', timeoutMs: 30000 };

export const subscribeToTicksArgs: t.OutputOf<typeof SubscribeToTicksArgs> = {
  tradePlatform: platform,
  symbol: 'EURUSD',
};

export const mt4ConnectionStatusArgs: t.OutputOf<typeof MT4ConnectionStatusArgs> = {
  tradePlatform: platform,
  connected: true,
};

/** `OnMT5ConnectionStatus`'s two positional arguments, as `MT5Hub` gathers them. */
export const mt5ConnectionStatusArgs: t.OutputOf<typeof MT5ConnectionStatusArgs> = {
  tradePlatform: 'mt5-demo',
  connected: false,
};

export const tick: t.OutputOf<typeof Tick> = {
  symbol: 'EURUSD',
  bid: 1.08512,
  ask: 1.08527,
  lastTime: '2024-03-05T10:15:30.123Z',
};

export const tickArgs: t.OutputOf<typeof TickArgs> = { tradePlatform: platform, tick };

export const ticksArgs: t.OutputOf<typeof TicksArgs> = {
  tradePlatform: platform,
  ticks: [
    tickArgs,
    {
      tradePlatform: platform,
      tick: { symbol: 'GBPUSD', bid: 1.27044, ask: 1.27061, lastTime: '2024-03-05T10:15:30.187Z' },
    },
    {
      tradePlatform: platform,
      tick: { symbol: 'USDJPY', bid: 150.112, ask: 150.128, lastTime: '2024-03-05T10:15:30.2Z' },
    },
  ],
};

export const bidAsk: t.OutputOf<typeof BidAsk> = { bid: 1.08512, ask: 1.08527 };

export const ohlcs: t.OutputOf<typeof OHLCS> = {
  open: { bid: 1.08498, ask: 1.08513 },
  maximum: { bid: 1.08531, ask: 1.08545 },
  minimum: { bid: 1.08487, ask: 1.08502 },
  close: bidAsk,
  symbol: 'EURUSD',
  lastTime: '2024-03-05T10:15:00Z',
  volume: 87,
};

export const ticksOHLCArgs: t.OutputOf<typeof TicksOHLCArgs> = { tradePlatform: platform, ticks: [ohlcs] };

export const marginLevel: t.OutputOf<typeof MarginLevel> = {
  group: 'demoforex-usd',
  login: 100042,
  leverage: 100,
  updated: 1709633730,
  balance: 10000,
  equity: 5210.4,
  volume: 300,
  margin: 4500,
  free: 710.4,
  level: 115.79,
  controllingType: 'Percent',
  levelType: 'MarginCall',
};

export const marginUpdateArgs: t.OutputOf<typeof MarginUpdateArgs> = {
  tradePlatform: platform,
  margins: [marginLevel, { ...marginLevel, login: 100043, group: null, level: 350.2, levelType: 'Ok' }],
};

export const conSession: t.OutputOf<typeof ConSession> = {
  openHour: 0,
  openMin: 5,
  closeHour: 23,
  closeMin: 55,
  align: [0, 0, 0, 0, 0, 0, 0],
};

export const conSessions: t.OutputOf<typeof ConSessions> = {
  quoteOvernight: 0,
  tradeOvernight: 0,
  quote: [conSession],
  trade: [conSession, { openHour: 0, openMin: 0, closeHour: 0, closeMin: 0, align: null }],
};

export const conSymbol: t.OutputOf<typeof ConSymbol> = {
  symbol: 'EURUSD',
  description: 'Euro vs US Dollar',
  source: null,
  currency: 'USD',
  type: 0,
  digits: 5,
  tradeMode: 'Full',
  backgroundColor: 16777215,
  count: 0,
  countOriginal: 0,
  realtime: 1,
  starting: '1970-01-01T00:00:00Z',
  expiration: '1970-01-01T00:00:00Z',
  sessions: [conSessions, conSessions, conSessions, conSessions, conSessions, conSessions, conSessions],
  profitCalculationMode: 'Forex',
  profitReserved: 0,
  filter: 0,
  filterCounter: 0,
  filterLimit: 0,
  filterSmoothing: 0,
  filterReserved: 0,
  logging: 0,
  spread: 0,
  spreadBalance: 0,
  symbolExecMode: 'Instant',
  swapEnable: 1,
  swapType: 'Points',
  swapLong: -6.8,
  swapShort: 1.2,
  swapRollover3Days: 3,
  contractSize: 100000,
  tickValue: 1,
  tickSize: 0.00001,
  stopsLevel: 10,
  gtcMode: 'GTC',
  marginCalculationMode: 'Forex',
  marginInitial: 0,
  marginMaintenance: 0,
  marginHedged: 50000,
  marginDivider: 1,
  percentage: 100,
  point: 0.00001,
  multiply: 100000,
  bidTickValue: 1,
  askTickValue: 1,
  longOnly: 0,
  instantMaxVolume: 0,
  marginCurrency: 'EUR',
  freezeLevel: 0,
  marginHedgedStrong: 0,
  valueDate: '1970-01-01T00:00:00Z',
  quotesDelay: 0,
  swapOpenPrice: 0,
  swapVariationMargin: 0,
};

export const symbolUpdateArgs: t.OutputOf<typeof SymbolUpdateArgs> = {
  tradePlatform: platform,
  type: 'Update',
  symbol: conSymbol,
};

export const onlineUpdateArgs: t.OutputOf<typeof OnlineUpdateArgs> = {
  tradePlatform: platform,
  type: 'Add',
  login: 100042,
};

export const debugArgs: t.OutputOf<typeof DebugArgs> = {
  tradePlatform: platform,
  category: 'Pumping',
  message: 'Pumping connection restored',
  data: { attempt: 2, elapsedMs: 1530 },
};

export const tradeRecord: t.OutputOf<typeof TradeRecord> = {
  order: 5300117,
  login: 100042,
  symbol: 'EURUSD',
  openTime: '2024-03-05T09:58:12Z',
  closeTime: '1970-01-01T00:00:00Z',
  expiration: '1970-01-01T00:00:00Z',
  gatewayVolume: 0,
  gatewayVolumeLots: 0,
  digits: 5,
  volume: 100,
  volumeLots: 1,
  tradeRecordState: 'OpenNormal',
  openPrice: 1.08463,
  sl: 1.0812,
  tp: 0,
  commission: -7,
  commissionAgent: 0,
  convReserv: null,
  tradeRecordReason: 'Web',
  storage: 0,
  closePrice: 1.08512,
  profit: 49,
  taxes: 0,
  magic: 0,
  comment: null,
  gatewayOrder: 0,
  activationType: 'None',
  gatewayOpenPrice: 0,
  gatewayClosePrice: 0,
  marginRate: 1.08463,
  timeStamp: '2024-03-05T09:58:12Z',
  apiData: [0, 0, 0, 0],
  convRates: [1, 1.08463],
  tradeCommand: 'Buy',
};

export const tradeExEventPayload: t.OutputOf<typeof TradeExEventPayload> = { ...tradeRecord, updateType: 'Add' };

export const symbolInfo: t.OutputOf<typeof SymbolInfo> = {
  lastTime: '2024-03-05T10:15:30.123Z',
  visible: true,
  symbol: 'EURUSD',
  digits: 5,
  count: 0,
  type: 0,
  point: 0.00001,
  spread: 0,
  spreadBalance: 0,
  direction: 'Up',
  updateFlag: 1,
  bid: 1.08512,
  ask: 1.08527,
  high: 1.08601,
  low: 1.08379,
  commission: 0,
  commType: 'Money',
};

export const userRecord: t.OutputOf<typeof UserRecord> = {
  regDate: '2023-11-20T14:02:51Z',
  lastDate: '2024-03-05T09:57:40Z',
  timeStamp: '2024-03-05T09:58:12Z',
  login: 100042,
  group: 'demoforex-usd',
  password: null,
  enable: 1,
  enableChangePassword: 1,
  enableReadOnly: 0,
  enableOTP: 0,
  enableReserved: [0, 0],
  passwordInvestor: null,
  passwordPhone: null,
  name: 'Jane Trader',
  country: 'Cyprus',
  city: 'Limassol',
  state: null,
  zipCode: '3035',
  address: null,
  leadSource: null,
  phone: null,
  email: 'jane@example.com',
  comment: null,
  id: null,
  status: 'RE',
  leverage: 100,
  agentAccount: 0,
  lastIP: 16777343,
  balance: 10000,
  prevMonthBalance: 10000,
  prevBalance: 10000,
  credit: 0,
  interestRate: 0,
  taxes: 0,
  prevMonthEquity: 10000,
  prevEquity: 10049,
  reserved2: null,
  otpSecret: null,
  secureReserved: null,
  sendReports: 1,
  mqid: 0,
  userColor: -16777216,
  unused: null,
  apiData: null,
};

export const userUpdate: t.OutputOf<typeof UserUpdate> = { type: 'Update', user: userRecord };
