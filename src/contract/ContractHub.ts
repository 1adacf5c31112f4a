import * as t from 'io-ts';
import {
  from,
  ignoreElements,
  isObservable,
  map,
  merge,
  type Observable,
  of,
  type OperatorFunction,
  switchMap,
  throwIfEmpty,
} from 'rxjs';
import type { DecodePolicy } from '../core/DecodePolicy';
import type { ClientAnswer } from '../core/ClientAnswer';
import type { RxHub } from '../core/RxHub';
import type { TopicSpec } from '../core/TopicSpec';
import type { Contract, ContractEvent, ContractMethod, ContractStream, ContractTopic } from './Contract';
import { routeOf, topicKeyOf } from './internal/routeOf';
import { decoderOf, encodeArg, isStandardSchema, type TypeOf, type Validator } from './Validator';

/** The names of one part of a contract. */
export type NameOf<C extends Contract, P extends keyof Contract> = keyof NonNullable<C[P]> & string;

/** The arguments of a method, stream, topic or client result, as the caller gives them. */
export type ArgsOf<S> = S extends { readonly args: infer A extends readonly Validator[] }
  ? { -readonly [K in keyof A]: TypeOf<A[K]> }
  : [];

/** The result of a method or client result; `void` when it declares none. */
export type ResultOf<S> = S extends { readonly result: infer R } ? TypeOf<R> : void;

/** What an event gives: its argument, or its arguments as a tuple when declared with `args`. */
export type EventOf<S> = S extends { readonly args: readonly Validator[] } ? ArgsOf<S> : TypeOf<S>;

/** The items of a stream or topic. */
export type ItemOf<S> = S extends { readonly item: infer I } ? TypeOf<I> : never;

type Part<C extends Contract, P extends keyof Contract, N extends NameOf<C, P>> = NonNullable<C[P]>[N];

/** A topic of the contract with its arguments, as a tuple: `['status', connectArgs]`. */
export type TopicCall<C extends Contract> = {
  [N in NameOf<C, 'topics'>]: readonly [N, ...ArgsOf<Part<C, 'topics', N>>];
}[NameOf<C, 'topics'>];

/** How a `ContractHub` validates and what it holds. */
export interface ContractHubConfig<C extends Contract> {
  /** The decode policy of every call. Default: the `RxHub`'s. */
  readonly decode?: DecodePolicy;
  /**
   * A topic that every other topic and every stream of this facade holds while it runs: the session's set-up,
   * such as MT4's `Connect` for one trade platform (a topic with `stage: 'setup'`).
   */
  readonly session?: TopicCall<C>;
}

/**
 * A typed, validated facade over an `RxHub`, derived from a contract: the hub's verbs (`on`, `invoke`, `send`,
 * `stream`, `topic`, `handle`), with names, arguments, results and items typed by the contract's validators and
 * payloads validated under the decode policy. Everything is cold, as on `RxHub`: topics are ref-counted and
 * resubscribed after reconnects, and streams are cancelled on unsubscribe.
 *
 * ## Example
 * ```ts
 * import * as t from 'io-ts';
 * import { ContractHub, createRxHub, defineContract } from 'rxhub';
 *
 * const Message = t.type({ room: t.string, user: t.string, text: t.string });
 * const chat = defineContract({
 *   methods: { Post: { args: [Message], result: t.number } },
 *   topics: { room: { subscribe: 'JoinRoom', unsubscribe: 'LeaveRoom', args: [t.string], event: 'OnMessage', key: 'room', item: Message } },
 *   clientResults: { Confirm: { args: [t.string], result: t.boolean } },
 * });
 *
 * const hub = new ContractHub(createRxHub('http://127.0.0.1:5080/hubs/chat/v1'), chat);
 * hub.topic('room', 'lobby').subscribe((message) => console.log(message.user, message.text));
 * hub.handle('Confirm', (question) => question.length < 100).subscribe();
 * hub.invoke('Post', { room: 'lobby', user: 'ann', text: 'hello' }).subscribe((id) => console.log('posted', id));
 * ```
 */
export class ContractHub<C extends Contract> {
  private readonly session?: TopicSpec<unknown>;
  private readonly views = new Map<DecodePolicy, ContractHub<C>>();

  constructor(
    /** The hub connection this facade runs on. */
    readonly hub: RxHub,
    /** The hub's declaration. */
    readonly contract: C,
    private readonly config: ContractHubConfig<C> = {},
  ) {
    if (config.session) {
      const [name, ...args] = config.session;
      this.session = this.spec(name, ...(args as ArgsOf<Part<C, 'topics', typeof name>>));
    }
  }

  /** The same facade with another decode policy; itself when `decode` is undefined. */
  withDecode(decode: DecodePolicy | undefined): ContractHub<C> {
    if (decode === undefined || decode === this.config.decode) return this;
    let view = this.views.get(decode);
    if (!view) this.views.set(decode, (view = new ContractHub(this.hub, this.contract, { ...this.config, decode })));
    return view;
  }

  /** A server-to-client event's argument, or its arguments as a tuple when declared with `args`, validated. */
  on<N extends NameOf<C, 'events'>>(event: N): Observable<EventOf<Part<C, 'events', N>>> {
    const spec = this.part('events', event) as Validator | ContractEvent;
    type Item = EventOf<Part<C, 'events', N>>;
    if (isStandardSchema(spec) || !('args' in spec))
      return this.hub.on(event, spec as Validator<Item>, this.config.decode);
    return this.hub.on(event).pipe(this.decode(event, tupleOf(spec.args) as Validator<Item>));
  }

  /** Invokes a hub method once per subscription: its validated result, then completion. */
  invoke<N extends NameOf<C, 'methods'>>(
    method: N,
    ...args: ArgsOf<Part<C, 'methods', N>>
  ): Observable<ResultOf<Part<C, 'methods', N>>> {
    const spec = this.part('methods', method) as ContractMethod;
    const result = this.hub.invoke(method, ...wire(spec, args));
    return (spec.result ? result.pipe(this.decode(method, spec.result)) : result) as Observable<
      ResultOf<Part<C, 'methods', N>>
    >;
  }

  /** Sends a hub method without waiting for its result: completes once sent. */
  send<N extends NameOf<C, 'methods'>>(method: N, ...args: ArgsOf<Part<C, 'methods', N>>): Observable<never> {
    return this.hub.send(method, ...wire(this.part('methods', method) as ContractMethod, args));
  }

  /** A server-to-client stream, requested on subscribe and cancelled on unsubscribe, its items validated. */
  stream<N extends NameOf<C, 'streams'>>(
    method: N,
    ...args: ArgsOf<Part<C, 'streams', N>>
  ): Observable<ItemOf<Part<C, 'streams', N>>> {
    const spec = this.part('streams', method) as ContractStream;
    const items = this.hub
      .stream(method, ...wire(spec, args))
      .pipe(this.decode(method, spec.item as Validator<ItemOf<Part<C, 'streams', N>>>));
    return this.session ? merge(this.hub.topic(this.session).pipe(ignoreElements()), items) : items;
  }

  /** A ref-counted server-side subscription (see `RxHub.topic`), its items validated. */
  topic<N extends NameOf<C, 'topics'>>(
    name: N,
    ...args: ArgsOf<Part<C, 'topics', N>>
  ): Observable<ItemOf<Part<C, 'topics', N>>> {
    return this.hub.topic(this.spec(name, ...args) as TopicSpec<ItemOf<Part<C, 'topics', N>>>);
  }

  /**
   * Answers the server's calls of a client method (SignalR client results) while subscribed, with the value,
   * Promise or Observable (its first value) that `handler` returns. Arguments that do not decode are answered with
   * an error, and follow the decode policy (reported on `errors$` under `report`). One handler per method at a time.
   */
  handle<N extends NameOf<C, 'clientResults'>>(
    method: N,
    handler: (...args: ArgsOf<Part<C, 'clientResults', N>>) => ClientAnswer<ResultOf<Part<C, 'clientResults', N>>>,
  ): Observable<never> {
    const spec = this.part('clientResults', method) as ContractMethod;
    const validators = spec.args ?? [];
    // SignalR takes `undefined` for no answer at all; a method declared without a result answers null.
    const call = (args: unknown[]): Observable<unknown> => {
      const answer = answerOf(handler(...(args as ArgsOf<Part<C, 'clientResults', N>>)));
      return spec.result ? answer : answer.pipe(map((value) => value ?? null));
    };
    if (validators.length === 0) return this.hub.handle(method, (...args: unknown[]) => call(args));
    const decode =
      validators.length === 1
        ? this.hub.decode(method, validators[0], this.config.decode, (args: unknown[]) => args[0])
        : this.hub.decode(
            method,
            t.tuple(validators.map(decoderOf) as unknown as [t.Mixed, t.Mixed]),
            this.config.decode,
          );
    return this.hub.handle(method, (...raw: unknown[]) =>
      of(raw).pipe(
        decode,
        map((args) => (validators.length === 1 ? [args] : (args as unknown[]))),
        throwIfEmpty(() => new Error(`${method}: the arguments do not match the contract`)),
        switchMap(call),
      ),
    );
  }

  /** The `TopicSpec` of a contract topic with its arguments, for use with `RxHub.topic`. */
  spec<N extends NameOf<C, 'topics'>>(
    name: N,
    ...args: ArgsOf<Part<C, 'topics', N>>
  ): TopicSpec<ItemOf<Part<C, 'topics', N>>> {
    const topic = this.part('topics', name) as ContractTopic;
    const callArgs = wire(topic, args);
    return {
      subscribe: topic.subscribe ? { method: topic.subscribe, args: callArgs } : undefined,
      unsubscribe: topic.unsubscribe ? { method: topic.unsubscribe, args: callArgs } : undefined,
      routes: topic.routes ? topic.routes(...args) : [{ route: routeOf(topic), key: topicKeyOf(topic, args) }],
      codec: topic.item as Validator<ItemOf<Part<C, 'topics', N>>>,
      decode: this.config.decode,
      stage: topic.stage,
      requires: topic.stage === 'setup' ? undefined : this.session,
    };
  }

  private decode<T>(source: string, validator: Validator<T>): OperatorFunction<unknown, T> {
    return this.hub.decode(source, validator, this.config.decode);
  }

  private part<P extends keyof Contract>(part: P, name: string): unknown {
    const entry = (this.contract[part] as Record<string, unknown> | undefined)?.[name];
    if (entry === undefined) throw new Error(`The contract has no ${part} '${name}'`);
    return entry;
  }
}

/** The validator of positional arguments: `[i]` in an error path is argument i. */
function tupleOf(validators: readonly Validator[]): Validator<unknown[]> {
  return t.tuple(validators.map(decoderOf) as unknown as [t.Mixed, t.Mixed]);
}

/** A call's arguments as they go on the wire. */
function wire(spec: { readonly args?: readonly Validator[] }, args: readonly unknown[]): unknown[] {
  const validators = spec.args ?? [];
  return args.map((arg, i) => (i < validators.length ? encodeArg(validators[i], arg) : arg));
}

/** A handler's answer as an Observable: its first value answers the server. */
function answerOf(answer: unknown): Observable<unknown> {
  if (isObservable(answer)) return answer;
  if (typeof (answer as PromiseLike<unknown> | undefined)?.then === 'function')
    return from(answer as PromiseLike<unknown>);
  return of(answer);
}
