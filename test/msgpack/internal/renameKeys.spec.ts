import { camelCase, cached, pascalCase, renameKeys } from '../../../msgpack/internal/renameKeys';

describe('camelCase', () => {
  // System.Text.Json's JsonNamingPolicy.CamelCase gives each of these: the JSON protocol's names.
  it.each([
    ['TradePlatform', 'tradePlatform'],
    ['LastTime', 'lastTime'],
    ['OHLC', 'ohlc'],
    ['IPAddress', 'ipAddress'],
    ['ID2', 'iD2'],
    ['A', 'a'],
    ['already', 'already'],
    ['', ''],
  ])('%p is %p', (name, camel) => {
    expect(camelCase(name)).toBe(camel);
  });
});

describe('pascalCase', () => {
  it.each([
    ['tradePlatform', 'TradePlatform'],
    ['symbol', 'Symbol'],
    ['', ''],
  ])('%p is %p', (name, pascal) => {
    expect(pascalCase(name)).toBe(pascal);
  });
});

describe('renameKeys', () => {
  it('renames every key through objects and arrays, and leaves Dates, bytes and the input as they are', () => {
    const time = new Date('2024-03-01T10:00:00Z');
    const bytes = new Uint8Array([1, 2]);
    const wire = { TradePlatform: 'demo', Ticks: [{ Tick: { Symbol: 'EURUSD', LastTime: time } }], Raw: bytes };
    const renamed = renameKeys(wire, camelCase) as { ticks: { tick: { lastTime: Date } }[]; raw: Uint8Array };
    expect(renamed).toEqual({
      tradePlatform: 'demo',
      ticks: [{ tick: { symbol: 'EURUSD', lastTime: time } }],
      raw: bytes,
    });
    expect(renamed.ticks[0].tick.lastTime).toBe(time);
    expect(renamed.raw).toBe(bytes);
    expect(wire.Ticks[0].Tick.Symbol).toBe('EURUSD');
  });

  it('passes scalars and null through', () => {
    expect([null, undefined, 1, 'A', true].map((value) => renameKeys(value, camelCase))).toEqual([
      null,
      undefined,
      1,
      'A',
      true,
    ]);
  });
});

describe('cached', () => {
  it('renames each distinct key once', () => {
    const rename = jest.fn(camelCase);
    const once = cached(rename);
    expect([once('Bid'), once('Bid'), once('Ask')]).toEqual(['bid', 'bid', 'ask']);
    expect(rename).toHaveBeenCalledTimes(2);
  });
});
