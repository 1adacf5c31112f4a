import type { MessagePackOptions } from '@microsoft/signalr-protocol-msgpack';

/** How `messagePack()` reads and writes the hub's payloads. */
export interface MessagePackConfig extends MessagePackOptions {
  /**
   * How the server spells property names. `'pascal'` (the default) is ASP.NET Core's own MessagePack setting,
   * which keeps names as declared in C#: incoming keys are camel-cased once per message, before any codec runs,
   * and outgoing arguments Pascal-cased, so that rxhub's codecs, routes and your code read the same names as over
   * JSON. `'camel'` for a server whose MessagePack resolver camel-cases them itself: keys pass as they are.
   */
  readonly names?: 'pascal' | 'camel';
}
