import { SymbolInfo } from '../../../src';
import { symbolInfo } from '../fixtures';
import { decoded, failure } from './decode';

describe('SymbolInfo', () => {
  it('decodes a symbol of StreamAllTicks, its time to a Date', () => {
    expect(decoded(SymbolInfo, symbolInfo)).toEqual({
      ...symbolInfo,
      lastTime: new Date(Date.UTC(2024, 2, 5, 10, 15, 30, 123)),
    });
  });

  it('decodes a null or absent time and symbol to undefined', () => {
    const withoutTime: Partial<typeof symbolInfo> = { ...symbolInfo, symbol: null };
    delete withoutTime.lastTime;
    expect(decoded(SymbolInfo, withoutTime)).toMatchObject({
      lastTime: undefined,
      symbol: undefined,
    });
  });

  it('rejects a string for a boolean', () => {
    expect(failure(SymbolInfo, { ...symbolInfo, visible: 'true' }, 'StreamAllTicks')).toEqual({
      message: 'StreamAllTicks: invalid value "true" at visible, expected boolean',
      path: 'visible',
      value: 'true',
      expected: 'boolean',
    });
  });

  it('rejects an unknown direction and commission type', () => {
    expect(failure(SymbolInfo, { ...symbolInfo, direction: 'Flat' }).message).toBe(
      'SymbolInfo: invalid value "Flat" at direction, expected SymbolPriceDirection',
    );
    expect(failure(SymbolInfo, { ...symbolInfo, commType: 'money' }).message).toBe(
      'SymbolInfo: invalid value "money" at commType, expected CommissionType',
    );
  });

  it('rejects "NaN" for a price and a bad time', () => {
    expect(failure(SymbolInfo, { ...symbolInfo, high: 'NaN' }).message).toBe(
      'SymbolInfo: invalid value "NaN" at high, expected number',
    );
    expect(failure(SymbolInfo, { ...symbolInfo, lastTime: 'now' }).message).toBe(
      'SymbolInfo: invalid value "now" at lastTime, expected DateTime | null',
    );
  });
});
