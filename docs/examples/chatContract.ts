import * as t from 'io-ts';
import { z } from 'zod';
import { clientStream, DateTime, defineContract, nullable } from 'rxhub';

/** `{ room, text }`: what `Post` and `PostConfirmed` take, and what `ConfirmPost` asks about. */
export const PostArgs = z.object({ room: z.string(), text: z.string() });

/** `{ room }`: what `JoinRoom` and `LeaveRoom` take. */
export const RoomArgs = t.type({ room: t.string });

/** `OnMessage`: one message of a room. */
export const ChatMessage = t.type({ room: t.string, id: t.string, user: t.string, text: t.string, sentAt: DateTime });

/** `OnPresence`: a room's members after someone joined or left. */
export const Presence = t.type({ room: t.string, users: t.array(t.string) });

/** The simulator's chat hub (`/hubs/chat/v1`), declared by hand. */
export const chatContract = defineContract({
  events: { OnPresence: Presence },
  methods: {
    Echo: { args: [t.string], result: t.string },
    Post: { args: [PostArgs], result: t.string },
    PostConfirmed: { args: [PostArgs], result: nullable(t.string) },
    UploadLines: { args: [clientStream(t.string)], result: t.number },
  },
  streams: { Countdown: { args: [t.number, t.number], item: t.number } },
  topics: {
    room: {
      subscribe: 'JoinRoom',
      unsubscribe: 'LeaveRoom',
      args: [RoomArgs],
      event: 'OnMessage',
      key: 'room',
      item: ChatMessage,
    },
  },
  clientResults: { ConfirmPost: { args: [PostArgs], result: t.boolean } },
});
