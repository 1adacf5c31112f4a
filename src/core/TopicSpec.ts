import type { DecodePolicy } from './DecodePolicy';
import type { HubCall } from './HubCall';
import type { Route } from './Route';
import type { Validator } from '../contract/Validator';

/**
 * A server-side subscription: the call that makes it, the call that undoes it, and the events that carry its
 * items. Topics with the same `subscribe` method and arguments are one topic, however many subscribers it has.
 */
export interface TopicSpec<T> {
  /**
   * Subscribes on the server. Its method and arguments are the topic's identity. Without it the topic only
   * listens (for events the server sends unasked, such as MT4 `OnMarginUpdate`), and its routes are its identity.
   */
  readonly subscribe?: HubCall;
  /** Undoes `subscribe` after the last subscriber has left. Without it the server keeps the state until the connection ends. */
  readonly unsubscribe?: HubCall;
  /** The events that carry the topic's items, and the key each route gives them. */
  readonly routes?: readonly TopicRoute[];
  /** Validates each item before it reaches subscribers (see `decode`): an io-ts codec or a Standard Schema. */
  readonly codec?: Validator<T>;
  /** Overrides the hub's decode policy for this subscription. */
  readonly decode?: DecodePolicy;
  /**
   * `setup` marks session set-up (MT4 `Connect`): after every (re)connect, set-up topics are replayed first, and
   * every other call waits until they have completed.
   */
  readonly stage?: 'setup';
  /**
   * A topic this one needs while it exists, such as the session's set-up: held once for this topic, however many
   * subscribers it has, and its failure fails this topic's subscribers.
   */
  readonly requires?: TopicSpec<unknown>;
}

/** One event feeding a topic: the route and the key that picks this topic's items. */
export interface TopicRoute {
  readonly route: Route;
  readonly key: string;
}
