import * as t from 'io-ts';
import {
  ActivationType,
  CommissionType,
  GTCMode,
  MarginCalculationMode,
  MarginControllingType,
  MarginLevelType,
  ProfitCalculationMode,
  SwapType,
  SymbolExecMode,
  SymbolPriceDirection,
  TradeCommand,
  TradeMode,
  TradeRecordReason,
  TradeRecordState,
  TransactionType,
} from '../../../src';
import { decoded, failure } from './decode';

// Every enum of the vendor contract, with its members in the contract's order.
const enums: [string, t.Mixed & { readonly keys: object }, string[]][] = [
  ['TransactionType', TransactionType, ['Add', 'Delete', 'Update', 'ChangeGrp']],
  [
    'TradeRecordState',
    TradeRecordState,
    ['OpenNormal', 'OpenRemand', 'OpenRestored', 'ClosedNormal', 'ClosedPart', 'ClosedBy', 'Deleted'],
  ],
  ['TradeRecordReason', TradeRecordReason, ['Client', 'Expert', 'Dealer', 'Signal', 'Gateway', 'Mobile', 'Web', 'API']],
  [
    'ActivationType',
    ActivationType,
    ['None', 'SL', 'TP', 'Pending', 'Stopout', 'StopOutRollback', 'PendingRollback', 'TPRollback', 'SLRollback'],
  ],
  ['TradeCommand', TradeCommand, ['Buy', 'Sell', 'BuyLimit', 'SellLimit', 'BuyStop', 'SellStop', 'Balance', 'Credit']],
  ['SymbolPriceDirection', SymbolPriceDirection, ['Up', 'Down', 'None']],
  ['CommissionType', CommissionType, ['Money', 'Pips', 'Percent']],
  ['MarginControllingType', MarginControllingType, ['Percent', 'Currency']],
  ['MarginLevelType', MarginLevelType, ['Ok', 'MarginCall', 'StopOut']],
  ['TradeMode', TradeMode, ['No', 'Close', 'Full']],
  ['ProfitCalculationMode', ProfitCalculationMode, ['Forex', 'CFD', 'Futures']],
  ['SymbolExecMode', SymbolExecMode, ['Request', 'Instant', 'Market']],
  ['SwapType', SwapType, ['Points', 'Dollars', 'Interest', 'MarginCurrency']],
  ['GTCMode', GTCMode, ['Daily', 'GTC', 'DailyNoStops']],
  ['MarginCalculationMode', MarginCalculationMode, ['Forex', 'CFD', 'Futures', 'CFDIndex', 'CFDLeverage']],
];

describe.each(enums)('%s', (name, codec, members) => {
  it('is named after the contract enum and has exactly its members', () => {
    expect(codec.name).toBe(name);
    expect(Object.keys(codec.keys)).toEqual(members);
  });

  it.each(members)('decodes and encodes %s as itself', (member) => {
    expect(decoded(codec, member)).toBe(member);
    expect(codec.encode(member)).toBe(member);
  });

  it('rejects an unknown member', () => {
    expect(failure(codec, 'Bogus')).toEqual({
      message: `${name}: invalid value "Bogus" at (payload), expected ${name}`,
      path: '',
      value: 'Bogus',
      expected: name,
    });
  });

  it('is case-sensitive, as JsonStringEnumConverter writes the names as declared', () => {
    const camel = members[0][0].toLowerCase() + members[0].slice(1);
    expect(failure(codec, camel).message).toBe(`${name}: invalid value "${camel}" at (payload), expected ${name}`);
  });

  it('decodes the numeric form, which a MessagePack server without the string-enum resolver sends, to the name', () => {
    expect(decoded(codec, 0)).toBe(members[0]);
  });

  it('rejects null', () => {
    expect(failure(codec, null).message).toBe(`${name}: invalid value null at (payload), expected ${name}`);
  });

  it('does not take inherited object keys for members', () => {
    expect(codec.is('toString')).toBe(false);
    expect(codec.is('constructor')).toBe(false);
  });
});
