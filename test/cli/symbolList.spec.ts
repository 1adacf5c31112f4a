import { symbolList } from '../../cli/symbolList';

describe('symbolList', () => {
  it('splits on commas, trims, and drops blanks and repeats', () => {
    expect(symbolList('EURUSD, GBPUSD,,EURUSD ,XAUUSD')).toEqual(['EURUSD', 'GBPUSD', 'XAUUSD']);
  });

  it('is empty when the text names no symbol', () => {
    expect(symbolList(' , ')).toEqual([]);
    expect(symbolList('')).toEqual([]);
  });
});
