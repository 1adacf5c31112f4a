import * as t from 'io-ts';
import { clientStream, defineContract } from 'rxhub';
import { ChatMessage } from './generated/codecs/ChatMessage';
import { PostArgs } from './generated/codecs/PostArgs';
import { RoomArgs } from './generated/codecs/RoomArgs';
import { ChatHubContract } from './generated/contracts/ChatHubContract';

/**
 * The chat hub from the contract `rxhub-codegen` generated out of `ChatHub.signalr.ts`, with what a client class
 * does not say added by hand: which calls make a topic and which event carries it, the client result, and the
 * client-to-server stream.
 */
export const generatedChatContract = defineContract({
  ...ChatHubContract,
  methods: { ...ChatHubContract.methods, UploadLines: { args: [clientStream(t.string)], result: t.number } },
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
