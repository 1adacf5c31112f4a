// rxhub/msgpack: SignalR's MessagePack hub protocol, behind its own entry point (an optional peer dependency).

// Protocol
export { messagePack } from './messagePack';
export type { MessagePackConfig } from './MessagePackConfig';
