import { TradeExEventPayload, TradeRecord } from '../../../src';
import { tradeExEventPayload, tradeRecord } from '../fixtures';
import { decoded, failure } from './decode';

describe('TradeRecord', () => {
  it('decodes its times to Dates, MetaTrader\'s "no time" to the epoch', () => {
    const order = decoded(TradeRecord, tradeRecord);
    expect(order.openTime).toEqual(new Date(Date.UTC(2024, 2, 5, 9, 58, 12)));
    expect(order.closeTime).toEqual(new Date(0));
    expect(order.expiration).toEqual(new Date(0));
    expect(order.timeStamp).toEqual(new Date(Date.UTC(2024, 2, 5, 9, 58, 12)));
  });

  it('decodes enums, arrays, and null strings to undefined', () => {
    expect(decoded(TradeRecord, tradeRecord)).toMatchObject({
      tradeCommand: 'Buy',
      tradeRecordState: 'OpenNormal',
      tradeRecordReason: 'Web',
      activationType: 'None',
      apiData: [0, 0, 0, 0],
      convRates: [1, 1.08463],
      comment: undefined,
      convReserv: undefined,
    });
  });

  it('rejects a null time, as its times are not optional', () => {
    expect(failure(TradeRecord, { ...tradeRecord, closeTime: null })).toEqual({
      message: 'TradeRecord: invalid value null at closeTime, expected DateTime',
      path: 'closeTime',
      value: null,
      expected: 'DateTime',
    });
  });

  it('rejects a time that is not a date', () => {
    expect(failure(TradeRecord, { ...tradeRecord, openTime: 'not a date' }).message).toBe(
      'TradeRecord: invalid value "not a date" at openTime, expected DateTime',
    );
  });

  it('rejects an unknown trade command', () => {
    expect(failure(TradeRecord, { ...tradeRecord, tradeCommand: 'OP_BUY' }).message).toBe(
      'TradeRecord: invalid value "OP_BUY" at tradeCommand, expected TradeCommand',
    );
  });

  it('reports a bad rate with its value', () => {
    expect(failure(TradeRecord, { ...tradeRecord, convRates: [1, '1.08'] })).toMatchObject({
      value: '1.08',
      expected: 'number',
    });
  });
});

describe('TradeExEventPayload', () => {
  it('decodes a trade record with its update type, on flat paths', () => {
    expect(decoded(TradeExEventPayload, tradeExEventPayload)).toMatchObject({ order: 5300117, updateType: 'Add' });
    expect(failure(TradeExEventPayload, { ...tradeExEventPayload, updateType: 'Close' }, 'StreamTrades')).toEqual({
      message: 'StreamTrades: invalid value "Close" at updateType, expected TransactionType',
      path: 'updateType',
      value: 'Close',
      expected: 'TransactionType',
    });
    expect(failure(TradeExEventPayload, { ...tradeExEventPayload, profit: 'NaN' }, 'StreamTrades').message).toBe(
      'StreamTrades: invalid value "NaN" at profit, expected number',
    );
  });
});
