import { MessageType, type HubMessage, type IHubProtocol, type ILogger } from '@microsoft/signalr';
import { MessagePackHubProtocol } from '@microsoft/signalr-protocol-msgpack';
import { camelCase, cached, pascalCase, renameKeys, type Rename } from './internal/renameKeys';
import type { MessagePackConfig } from './MessagePackConfig';

/**
 * SignalR's MessagePack hub protocol (`@microsoft/signalr-protocol-msgpack`), for `protocol` in `createRxHub`,
 * `createMT4Hub` or `hubConnectionFactory`. It is an entry point of its own, so that `rxhub` never loads the
 * MessagePack package unless you import this one: install `@microsoft/signalr-protocol-msgpack` beside rxhub.
 *
 * ASP.NET Core's MessagePack protocol keeps C#'s names (PascalCase), where its JSON protocol camel-cases them:
 * by default this protocol renames the keys of every payload once, on the way in and out, so that codecs, routes
 * and your code read `tick.bid` over either protocol. Times arrive as `Date`s, which rxhub's `DateTime` takes.
 *
 * ## Example
 * ```ts
 * import { createRxHub, TestHub } from 'rxhub';
 * import { messagePack } from 'rxhub/msgpack';
 *
 * const hub = createRxHub('http://127.0.0.1:5080/hubs/test/v1', { protocol: messagePack() });
 * new TestHub(hub).clock().subscribe((time) => console.log(time.toISOString()));
 * ```
 *
 * @param config How the server spells names (`names`, default `'pascal'`), and the MessagePack encoder's and
 * decoder's options, as `MessagePackHubProtocol` takes them.
 * @return A hub protocol named `messagepack`.
 */
export function messagePack(config: MessagePackConfig = {}): IHubProtocol {
  const { names = 'pascal', ...options } = config;
  const protocol = new MessagePackHubProtocol(options);
  return names === 'camel' ? protocol : renaming(protocol, cached(camelCase), cached(pascalCase));
}

/** `protocol` with the payloads' keys renamed: `incoming` on what it parses, `outgoing` on what it writes. */
function renaming(protocol: IHubProtocol, incoming: Rename, outgoing: Rename): IHubProtocol {
  return {
    name: protocol.name,
    version: protocol.version,
    transferFormat: protocol.transferFormat,
    parseMessages: (input: string | ArrayBuffer, logger: ILogger) =>
      protocol.parseMessages(input, logger).map((message) => renamed(message, incoming)),
    writeMessage: (message: HubMessage) => protocol.writeMessage(renamed(message, outgoing)),
  };
}

/** The message with its payload (arguments, stream item or result) renamed; any other message as it is. */
function renamed(message: HubMessage, rename: Rename): HubMessage {
  switch (message.type) {
    case MessageType.Invocation:
    case MessageType.StreamInvocation:
      return { ...message, arguments: message.arguments.map((argument) => renameKeys(argument, rename)) };
    case MessageType.StreamItem:
      return { ...message, item: renameKeys(message.item, rename) };
    case MessageType.Completion:
      return message.result === undefined ? message : { ...message, result: renameKeys(message.result, rename) };
    default:
      return message;
  }
}
