import * as t from 'io-ts';
import { Observable } from 'rxjs';
import * as v from 'valibot';
import { z } from 'zod';
import { ContractHub, defineContract, RxHub, type TopicSpec, type TypeOf } from 'rxhub';
import { TestHubConnection } from 'rxhub/testing';
import { TestScheduler } from 'rxjs/testing';

// Compiled by ts-jest: each `@ts-expect-error` line must be an error, and every other line must compile.

const Message = z.object({ room: z.string(), user: z.string(), text: z.string() });
const Job = v.object({ id: v.number(), done: v.boolean() });

const chat = defineContract({
  events: { OnNotice: t.string, OnJob: Job, OnScore: { args: [t.string, z.number()] } },
  methods: {
    Post: { args: [Message], result: t.number },
    Rename: { args: [t.string, v.number()] },
    Now: { result: t.string },
  },
  streams: { Countdown: { args: [z.number()], item: t.number } },
  topics: {
    room: {
      subscribe: 'JoinRoom',
      unsubscribe: 'LeaveRoom',
      args: [t.string],
      event: 'OnMessage',
      key: 'room',
      item: Message,
    },
  },
  clientResults: { Confirm: { args: [t.string], result: t.boolean }, Ack: { args: [Job] } },
});

type Equals<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;
const assert = <T extends true>(): T => true as T;

function typed(hub: ContractHub<typeof chat>): void {
  // Events
  assert<Equals<ReturnType<typeof hub.on<'OnNotice'>>, Observable<string>>>();
  assert<Equals<ReturnType<typeof hub.on<'OnJob'>>, Observable<{ id: number; done: boolean }>>>();
  assert<Equals<ReturnType<typeof hub.on<'OnScore'>>, Observable<[string, number]>>>();
  // @ts-expect-error: no such event
  hub.on('OnNothing');

  // Methods
  const posted: Observable<number> = hub.invoke('Post', { room: 'lobby', user: 'ann', text: 'hi' });
  const renamed: Observable<void> = hub.invoke('Rename', 'bob', 2);
  const now: Observable<string> = hub.invoke('Now');
  hub.send('Rename', 'bob', 2);
  // @ts-expect-error: no such method
  hub.invoke('Delete', 1);
  // @ts-expect-error: a wrong argument type
  hub.invoke('Post', { room: 'lobby', user: 'ann' });
  // @ts-expect-error: an argument too many
  hub.invoke('Now', 1);
  // @ts-expect-error: an argument missing
  hub.send('Rename', 'bob');
  // @ts-expect-error: the result is a number
  const wrong: Observable<string> = hub.invoke('Post', { room: 'lobby', user: 'ann', text: 'hi' });

  // Streams
  const counted: Observable<number> = hub.stream('Countdown', 3);
  // @ts-expect-error: the argument is a number
  hub.stream('Countdown', '3');
  // @ts-expect-error: a method is no stream
  hub.stream('Post');

  // Topics
  const room: Observable<TypeOf<typeof Message>> = hub.topic('room', 'lobby');
  // @ts-expect-error: no such topic
  hub.topic('rooms', 'lobby');
  // @ts-expect-error: the argument is a string
  hub.topic('room', 1);

  // Client results
  hub.handle('Confirm', (question) => question.length > 0);
  hub.handle('Confirm', async (question) => question === 'yes');
  hub.handle('Confirm', () => new Observable<boolean>());
  hub.handle('Ack', (job) => void job.id);
  // @ts-expect-error: the answer is a boolean
  hub.handle('Confirm', () => 'yes');
  // @ts-expect-error: the argument is a string
  hub.handle('Confirm', (question: number) => question > 0);
  // @ts-expect-error: no such client method
  hub.handle('Refuse', () => true);

  // Views and specs keep the contract's types
  const strict: ContractHub<typeof chat> = hub.withDecode('strict');
  const spec: TopicSpec<TypeOf<typeof Message>> = hub.spec('room', 'lobby');
  // @ts-expect-error: the topic's argument is a string
  hub.spec('room', 2);

  void [posted, renamed, now, wrong, counted, room, strict, spec];
}

function sessions(rx: RxHub): void {
  new ContractHub(rx, chat, { session: ['room', 'lobby'] });
  // @ts-expect-error: the session's topic takes a string
  new ContractHub(rx, chat, { session: ['room', 1] });
  // @ts-expect-error: no such topic
  new ContractHub(rx, chat, { session: ['lobby'] });
}

describe('ContractHub types', () => {
  // `typed` is only compiled: its refused lines would fail at run time too, as this one does.
  it('compiles the typed facade, and refuses at run time a name the types refuse', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    const hub = new ContractHub(new RxHub(new TestHubConnection(scheduler), { scheduler }), chat);
    expect(typed).toBeInstanceOf(Function);
    expect(sessions).toBeInstanceOf(Function);
    expect(() => hub.on('OnNothing' as never)).toThrow("The contract has no events 'OnNothing'");
  });
});
