import * as t from 'io-ts';
import * as v from 'valibot';
import { z } from 'zod';
import { defineContract } from '../../src';

/** A chat message: zod. */
export const Message = z.object({ room: z.string(), user: z.string(), text: z.string() });
/** A job's progress: valibot. */
export const Progress = v.object({ job: v.number(), percent: v.number() });

/** A small hub declared with all three kinds of validator. */
export const chat = defineContract({
  events: { OnNotice: t.string, OnScore: { args: [t.string, v.number()] } },
  methods: {
    Post: { args: [Message], result: t.number },
    Login: { args: [t.string] },
  },
  streams: { Countdown: { args: [t.number], item: t.number } },
  topics: {
    room: {
      subscribe: 'JoinRoom',
      unsubscribe: 'LeaveRoom',
      args: [t.string],
      event: 'OnMessage',
      key: 'room',
      item: Message,
    },
    job: {
      subscribe: 'Watch',
      unsubscribe: 'Unwatch',
      args: [t.type({ job: t.number })],
      event: 'OnProgress',
      key: 'job',
      list: 'steps',
      item: Progress,
    },
    notices: { event: 'OnNotice', item: t.string },
    session: {
      subscribe: 'Hello',
      args: [t.string],
      event: 'OnWelcome',
      key: 'user',
      item: t.type({ user: t.string }),
      stage: 'setup',
    },
  },
  clientResults: {
    Confirm: { args: [t.string], result: t.boolean },
    Rate: { args: [Message, t.number], result: t.number },
    Ack: {},
  },
});

export const m = (room: string, text: string): z.infer<typeof Message> => ({ room, user: 'ann', text });
