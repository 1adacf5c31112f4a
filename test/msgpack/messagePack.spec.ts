import { MessageType, NullLogger, type HubMessage, type InvocationMessage } from '@microsoft/signalr';
import { MessagePackHubProtocol } from '@microsoft/signalr-protocol-msgpack';
import { messagePack } from 'rxhub/msgpack';

const logger = NullLogger.instance;
/** Plays the server: SignalR's own MessagePack protocol, without any renaming. */
const server = new MessagePackHubProtocol();

function invocation(target: string, ...args: unknown[]): InvocationMessage {
  return { type: MessageType.Invocation, target, arguments: args, headers: {} };
}

describe('messagePack', () => {
  it("is SignalR's MessagePack protocol, binary, named as the server knows it", () => {
    expect(messagePack()).toMatchObject({ name: 'messagepack', version: 2, transferFormat: server.transferFormat });
  });

  it("camel-cases the names of a server's PascalCase payload, and keeps its timestamps as Dates", () => {
    const time = new Date('2024-03-01T10:00:00.123Z');
    const wire = server.writeMessage(
      invocation('OnTick', { TradePlatform: 'demo', Tick: { Symbol: 'EURUSD', Bid: 1.1, Ask: 1.2, LastTime: time } }),
    );
    const [message] = messagePack().parseMessages(wire, logger) as InvocationMessage[];
    expect(message.target).toBe('OnTick');
    expect(message.arguments).toEqual([
      { tradePlatform: 'demo', tick: { symbol: 'EURUSD', bid: 1.1, ask: 1.2, lastTime: time } },
    ]);
  });

  it('Pascal-cases the arguments it sends, which the server binds by their C# names', () => {
    const wire = messagePack().writeMessage({
      ...invocation('SubscribeToTicks', { tradePlatform: 'demo' }),
      invocationId: '1',
    });
    const [message] = server.parseMessages(wire as ArrayBuffer, logger) as InvocationMessage[];
    expect(message.arguments).toEqual([{ TradePlatform: 'demo' }]);
  });

  it('renames stream items and results too, and leaves other messages as they are', () => {
    const messages: HubMessage[] = [
      { type: MessageType.StreamItem, invocationId: '1', item: { Login: 1001 }, headers: {} },
      { type: MessageType.Completion, invocationId: '2', result: [{ Symbol: 'EURUSD' }], headers: {} },
      { type: MessageType.Completion, invocationId: '3', error: 'Boom', headers: {} },
      { type: MessageType.Ping },
    ];
    const wire = messages.map((message) => new Uint8Array(server.writeMessage(message) as ArrayBuffer));
    const joined = new Uint8Array(wire.reduce((length, part) => length + part.length, 0));
    wire.reduce((offset, part) => (joined.set(part, offset), offset + part.length), 0);
    expect(messagePack().parseMessages(joined.buffer, logger)).toEqual([
      { type: MessageType.StreamItem, invocationId: '1', item: { login: 1001 }, headers: {} },
      { type: MessageType.Completion, invocationId: '2', result: [{ symbol: 'EURUSD' }], headers: {} },
      { type: MessageType.Completion, invocationId: '3', error: 'Boom', headers: {} },
      { type: MessageType.Ping },
    ]);
  });

  it("with names: 'camel', passes the names as the server sends them", () => {
    const wire = server.writeMessage(invocation('OnTick', { tradePlatform: 'demo', Odd: 1 }));
    const [message] = messagePack({ names: 'camel' }).parseMessages(wire, logger) as InvocationMessage[];
    expect(message.arguments).toEqual([{ tradePlatform: 'demo', Odd: 1 }]);
  });
});
