import { readContract } from '../../codegen/readContract';
import { CodegenError } from '../../codegen/CodegenError';
import { changed, vendorText } from './vendor';

const FILE = 'CPlugin.WebAPI.Realtime.ts';

/** What `readContract` throws for `text`. */
function errorOf(text: string): CodegenError {
  try {
    readContract(FILE, text);
  } catch (error) {
    if (error instanceof CodegenError) return error;
    throw error;
  }
  throw new Error('readContract did not throw');
}

describe('readContract', () => {
  const contract = readContract(FILE, vendorText);
  const hub = (name: string) => contract.hubs.find((h) => h.name === name)!;

  it("reads the vendor's three hubs", () => {
    expect(contract.hubs.map((h) => h.name)).toEqual(['TestHub', 'MT4Hub', 'MT5Hub']);
  });

  it('reads invoked methods with their wire names, parameters and results; Promise<Void> gives nothing', () => {
    expect(hub('TestHub').methods).toEqual([
      { kind: 'invoke', name: 'GetServerTime', member: 'getServerTime', params: [], result: { kind: 'date' } },
      {
        kind: 'invoke',
        name: 'Ping',
        member: 'ping',
        params: [{ name: 'message', type: { kind: 'string' }, optional: false, doc: undefined }],
        result: undefined,
      },
    ]);
  });

  it('reads streams with their items', () => {
    const streams = hub('MT4Hub').methods.filter((m) => m.kind === 'stream');
    expect(streams.map((m) => [m.name, m.result])).toEqual([
      ['StreamTrades', { kind: 'named', name: 'TradeExEventPayload' }],
      ['StreamAllTicks', { kind: 'named', name: 'SymbolInfo' }],
      ['StreamMarginCallUpdates', { kind: 'named', name: 'MarginLevel' }],
      ['StreamUserUpdates', { kind: 'named', name: 'UserUpdate' }],
    ]);
    expect(hub('MT4Hub').methods.filter((m) => m.kind === 'invoke')).toHaveLength(9);
  });

  it('reads events from registerCallbacks, typed by the callbacks interface, one or several arguments', () => {
    expect(hub('TestHub').events.map((e) => [e.name, e.member, e.params.map((p) => p.type.kind)])).toEqual([
      ['Pong', 'pong', ['string']],
      ['OnClock', 'onClock', ['date']],
    ]);
    expect(hub('MT4Hub').events.map((e) => e.name)).toEqual([
      'OnMT4ConnectionStatus',
      'OnTick',
      'OnTicks',
      'OnTicksOHLC',
      'OnMarginUpdate',
      'OnSymbolUpdate',
      'OnOnlineUpdate',
      'OnDebug',
    ]);
    expect(hub('MT5Hub').events).toEqual([
      {
        name: 'OnMT5ConnectionStatus',
        member: 'onMT5ConnectionStatus',
        params: [
          { name: 'tradePlatform', type: { kind: 'string' }, optional: false, doc: undefined },
          { name: 'connected', type: { kind: 'boolean' }, optional: false, doc: undefined },
        ],
      },
    ]);
  });

  it('reads every data interface and enum, but not the callbacks interfaces nor Void', () => {
    const names = contract.types.map((type) => type.name);
    expect(names).toHaveLength(39);
    expect(names).toEqual(expect.arrayContaining(['Tick', 'TransactionType', 'ConnectArgs2', 'DebugArgs']));
    expect(names).not.toEqual(expect.arrayContaining(['Void']));
    expect(names.filter((name) => name.endsWith('Callbacks'))).toEqual([]);
  });

  it('reads fields: nullable, Date, arrays, any, bases and doc comments on one line', () => {
    const type = (name: string) => contract.types.find((t) => t.name === name)!;
    expect(type('TicksArgs')).toEqual({
      kind: 'interface',
      name: 'TicksArgs',
      bases: ['TradePlatformId'],
      fields: [
        {
          name: 'ticks',
          type: { kind: 'nullable', type: { kind: 'array', item: { kind: 'named', name: 'TickArgs' } } },
          optional: false,
          doc: undefined,
        },
      ],
      doc: undefined,
    });
    const connect = type('ConnectArgs');
    expect(connect.kind === 'interface' && connect.fields[1]).toEqual({
      name: 'timeoutMs',
      type: { kind: 'number' },
      optional: false,
      doc: 'Timeout of pumping connection being UP and running. In milliseconds; default = 30 seconds;',
    });
    const debug = type('DebugArgs');
    expect(debug.kind === 'interface' && debug.fields.map((f) => f.type)).toEqual([
      { kind: 'nullable', type: { kind: 'string' } },
      { kind: 'nullable', type: { kind: 'string' } },
      { kind: 'unknown' },
    ]);
    expect(type('SymbolPriceDirection')).toEqual({
      kind: 'enum',
      name: 'SymbolPriceDirection',
      values: ['Up', 'Down', 'None'],
      doc: undefined,
    });
  });

  it('reads optional fields and enum values that differ from their names', () => {
    const text = changed(
      'export interface BidAsk {\n    bid: number;',
      'export enum Side {\n    Buy = "buy",\n}\n\nexport interface BidAsk {\n    side?: Side;\n    bid: number;',
    );
    const types = readContract(FILE, text).types;
    expect(types.find((t) => t.name === 'Side')).toMatchObject({ values: ['buy'] });
    expect(types.find((t) => t.name === 'BidAsk')).toMatchObject({
      fields: [
        { name: 'side', optional: true, type: { kind: 'named', name: 'Side' } },
        { name: 'bid' },
        { name: 'ask' },
      ],
    });
  });

  describe('an unknown shape fails, naming the file, line and column', () => {
    it('a type it does not read', () => {
      const error = errorOf(
        changed(
          '    bid: number;\n    ask: number;\n    lastTime',
          '    bid: Map<string, number>;\n    ask: number;\n    lastTime',
        ),
      );
      expect(error.message).toBe(
        'CPlugin.WebAPI.Realtime.ts:374:10: unsupported type `Map<string, number>` of `Tick.bid`: rxhub-codegen reads string, number, boolean, Date, any, unknown, arrays, `T | undefined` and the interfaces and enums of the file',
      );
      expect([error.file, error.line, error.column]).toEqual([FILE, 374, 10]);
    });

    it('a type the file does not declare', () => {
      expect(
        errorOf(
          changed(
            '    bid: number;\n    ask: number;\n    lastTime',
            '    bid: Price;\n    ask: number;\n    lastTime',
          ),
        ).message,
      ).toBe('CPlugin.WebAPI.Realtime.ts:374:10: unknown type `Price` of `Tick.bid`: it is not declared in the file');
    });

    it('a union other than `T | undefined`', () => {
      expect(
        errorOf(
          changed(
            '    bid: number;\n    ask: number;\n    lastTime',
            '    bid: number | string;\n    ask: number;\n    lastTime',
          ),
        ).message,
      ).toMatch(/^CPlugin\.WebAPI\.Realtime\.ts:374:10: unsupported type `number \| string` of `Tick\.bid`/);
    });

    it('an enum member without a string value', () => {
      expect(errorOf(changed('    Up = "Up",', '    Up = 1,')).message).toBe(
        "CPlugin.WebAPI.Realtime.ts:275:5: enum member `SymbolPriceDirection.Up` has no string value: rxhub-codegen reads string enums, as System.Text.Json's JsonStringEnumConverter sends them",
      );
    });

    it('a hub method that neither invokes, streams nor registers callbacks', () => {
      const text = changed(
        "    ping(message: string): Promise<Void> {\n        return this.connection.invoke('Ping', message);",
        "    ping(message: string): Promise<Void> {\n        return this.connection.send('Ping', message);",
      );
      expect(errorOf(text).message).toBe(
        'CPlugin.WebAPI.Realtime.ts:11:5: unsupported hub method `TestHub.ping`: a hub method returns `this.connection.invoke(...)` or `this.connection.stream(...)`, or registers callbacks with `this.connection.on(...)`',
      );
    });

    it('an invoke without Promise<T>, or arguments other than its parameters', () => {
      expect(errorOf(changed('    getServerTime(): Promise<Date> {', '    getServerTime(): Date {')).message).toBe(
        'CPlugin.WebAPI.Realtime.ts:7:22: `TestHub.getServerTime` invokes: its result must be typed `Promise<T>`',
      );
      expect(errorOf(changed("invoke('Ping', message)", "invoke('Ping', 'x')")).message).toBe(
        'CPlugin.WebAPI.Realtime.ts:12:16: `TestHub.ping` does not pass its parameters, in order, to `invoke`',
      );
    });

    it('a statement other than an import, a class, an interface or an enum', () => {
      expect(errorOf(vendorText + '\nexport type Price = number;\n').message).toBe(
        'CPlugin.WebAPI.Realtime.ts:544:1: unsupported type alias `Price`: rxhub-codegen reads hub classes, callbacks interfaces, data interfaces and string enums',
      );
    });

    it('a recursive type', () => {
      expect(
        errorOf(
          changed(
            'export interface BidAsk {\n    bid: number;',
            'export interface BidAsk {\n    next: BidAsk | undefined;\n    bid: number;',
          ),
        ).message,
      ).toBe(
        'CPlugin.WebAPI.Realtime.ts:402:1: recursive type: BidAsk → BidAsk; rxhub-codegen reads string, number, boolean, Date, any, unknown, arrays, `T | undefined` and the interfaces and enums of the file, not recursive ones',
      );
    });

    it('a file that is not valid TypeScript', () => {
      expect(errorOf(changed('export interface BidAsk {', 'export interface BidAsk {{')).message).toBe(
        'CPlugin.WebAPI.Realtime.ts:402:26: not valid TypeScript: Property or signature expected.',
      );
    });
  });
});
