// The chat hub as a SignalR client class, in the shape the CPlugin vendor ships for its hubs (and that
// TypedSignalR.Client.TypeScript generates from C# hub interfaces): the input of rxhub-codegen.
import type { HubConnection, IStreamResult } from '@microsoft/signalr';

export class ChatHub {
  constructor(private connection: HubConnection) {}

  echo(text: string): Promise<string> {
    return this.connection.invoke('Echo', text);
  }

  post(args: PostArgs): Promise<string> {
    return this.connection.invoke('Post', args);
  }

  postConfirmed(args: PostArgs): Promise<string | undefined> {
    return this.connection.invoke('PostConfirmed', args);
  }

  joinRoom(args: RoomArgs): Promise<void> {
    return this.connection.invoke('JoinRoom', args);
  }

  leaveRoom(args: RoomArgs): Promise<void> {
    return this.connection.invoke('LeaveRoom', args);
  }

  countdown(from: number, delayMs: number): IStreamResult<number> {
    return this.connection.stream('Countdown', from, delayMs);
  }

  registerCallbacks(implementation: IChatHubCallbacks) {
    this.connection.on('OnMessage', (message) => implementation.onMessage(message));
    this.connection.on('OnPresence', (presence) => implementation.onPresence(presence));
  }

  unregisterCallbacks(implementation: IChatHubCallbacks) {
    this.connection.off('OnMessage', (message) => implementation.onMessage(message));
    this.connection.off('OnPresence', (presence) => implementation.onPresence(presence));
  }
}

export interface IChatHubCallbacks {
  onMessage(message: ChatMessage): void;
  onPresence(presence: Presence): void;
}

/** What `Post` and `PostConfirmed` take. */
export interface PostArgs {
  room: string;
  text: string;
}

/** What `JoinRoom` and `LeaveRoom` take. */
export interface RoomArgs {
  room: string;
}

/** One message of a room. */
export interface ChatMessage {
  room: string;
  id: string;
  user: string;
  text: string;
  sentAt: Date;
}

/** A room's members after someone joined or left. */
export interface Presence {
  room: string;
  users: string[];
}
