import { ConSymbol, SymbolUpdateArgs } from '../../../src';
import { conSession, conSessions, conSymbol, symbolUpdateArgs } from '../fixtures';
import { decoded, failure } from './decode';

describe('ConSymbol', () => {
  const badSession = {
    ...conSymbol,
    sessions: [{ ...conSessions, quote: [conSession, { ...conSession, closeMin: '55' }] }],
  };

  it('decodes a symbol configuration with its enums, dates and seven day sessions', () => {
    const symbol = decoded(ConSymbol, conSymbol);
    expect(symbol).toMatchObject({
      symbol: 'EURUSD',
      source: undefined,
      tradeMode: 'Full',
      profitCalculationMode: 'Forex',
      symbolExecMode: 'Instant',
      swapType: 'Points',
      gtcMode: 'GTC',
      marginCalculationMode: 'Forex',
      starting: new Date(0),
      valueDate: new Date(0),
    });
    expect(symbol.sessions).toHaveLength(7);
    expect(symbol.sessions?.[0].trade?.[1].align).toBeUndefined();
  });

  it('decodes null sessions to undefined', () => {
    expect(decoded(ConSymbol, { ...conSymbol, sessions: null }).sessions).toBeUndefined();
  });

  it('rejects an unknown execution mode', () => {
    expect(failure(ConSymbol, { ...conSymbol, symbolExecMode: 'Exchange' })).toEqual({
      message: 'ConSymbol: invalid value "Exchange" at symbolExecMode, expected SymbolExecMode',
      path: 'symbolExecMode',
      value: 'Exchange',
      expected: 'SymbolExecMode',
    });
  });

  it('rejects a null value date', () => {
    expect(failure(ConSymbol, { ...conSymbol, valueDate: null }).message).toBe(
      'ConSymbol: invalid value null at valueDate, expected DateTime',
    );
  });

  it('reports a bad session with its value', () => {
    expect(failure(ConSymbol, badSession)).toMatchObject({ value: '55', expected: 'number' });
  });

  // As for TicksArgs: arrays under `nullable` come out as `sessions.0.quote.1.closeMin` (see TicksArgs.spec.ts).
  it('names a bad session by its indexes', () => {
    expect(failure(ConSymbol, badSession).path).toBe('sessions[0].quote[1].closeMin');
  });

  it('is the symbol of an OnSymbolUpdate', () => {
    expect(decoded(SymbolUpdateArgs, symbolUpdateArgs)).toMatchObject({ type: 'Update', symbol: { digits: 5 } });
    expect(
      failure(
        SymbolUpdateArgs,
        { ...symbolUpdateArgs, symbol: { ...conSymbol, tradeMode: 'Disabled' } },
        'OnSymbolUpdate',
      ).message,
    ).toBe('OnSymbolUpdate: invalid value "Disabled" at symbol.tradeMode, expected TradeMode');
  });
});
