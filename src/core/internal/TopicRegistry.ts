import type { DecodeError } from '../errors/DecodeError';
import type { HubConnectionLike } from '../HubConnectionLike';
import type { TopicSpec } from '../TopicSpec';
import { EventChannel } from './EventChannel';
import { RouteTable } from './RouteTable';
import { Topic } from './Topic';

/**
 * The topics by key, and the event channels and route tables that feed them: one handler on the connection per
 * event name, registered with the first listener and removed, with the same function, after the last.
 */
export class TopicRegistry {
  private readonly topics = new Map<string, Topic>();
  /** The set-up topics (`stage: 'setup'`), which every other call waits for. */
  private readonly setups = new Set<Topic>();
  private readonly channels = new Map<string, EventChannel>();

  constructor(
    private readonly connection: () => HubConnectionLike,
    private readonly reject: (error: DecodeError) => void,
  ) {}

  get size(): number {
    return this.topics.size;
  }

  /** How many handlers are registered on the connection. */
  get handlers(): number {
    return this.channels.size;
  }

  values(): IterableIterator<Topic> {
    return this.topics.values();
  }

  /** Whether a set-up topic's subscribe call is under way in `epoch`: every other call waits for it. */
  settingUp(epoch: number): boolean {
    for (const topic of this.setups) if (topic.subscribing(epoch)) return true;
    return false;
  }

  /** The topic of `spec`, made with its routes if need be (and the topic it requires, held once for it). */
  topic(spec: TopicSpec<unknown>): Topic {
    const key = keyOf(spec);
    const existing = this.topics.get(key);
    if (existing) return existing;
    const routes = spec.routes ?? [];
    for (const { route, key: routeKey } of routes) {
      const other = this.channels.get(route.event.toLowerCase())?.tables.get(route)?.topics.get(routeKey);
      if (other)
        throw new Error(`Two topics route key '${routeKey}' of event '${route.event}': ${key} and ${other.key}`);
    }
    const topic = new Topic(key, spec, this.reject);
    for (const { route, key: routeKey } of routes) {
      const channel = this.channel(route.event);
      let table = channel.tables.get(route);
      if (!table) channel.tables.set(route, (table = new RouteTable(route, this.reject)));
      table.topics.set(routeKey, topic);
    }
    this.topics.set(key, topic);
    if (spec.stage === 'setup') this.setups.add(topic);
    if (spec.requires) topic.require(this.topic(spec.requires));
    return topic;
  }

  /** Lets go of a topic that its state machine deleted, and of its routes. */
  delete(topic: Topic): void {
    this.topics.delete(topic.key);
    this.setups.delete(topic);
    for (const { route, key } of topic.spec.routes ?? []) {
      const channel = this.channels.get(route.event.toLowerCase())!;
      const table = channel.tables.get(route)!;
      table.topics.delete(key);
      if (table.topics.size === 0) channel.tables.delete(route);
      this.releaseChannel(route.event, channel);
    }
  }

  /** The channel of `event`, with its handler registered on the connection. */
  channel(event: string): EventChannel {
    const name = event.toLowerCase();
    let channel = this.channels.get(name);
    if (!channel) {
      this.channels.set(name, (channel = new EventChannel()));
      this.connection().on(name, channel.handler);
    }
    return channel;
  }

  /** Removes the channel's handler once nothing listens to it. */
  releaseChannel(event: string, channel: EventChannel): void {
    const name = event.toLowerCase();
    if (!channel.idle || this.channels.get(name) !== channel) return;
    this.channels.delete(name);
    this.connection().off(name, channel.handler);
  }

  /** Errors every subscriber: of the topics and of raw events. */
  fail(error: Error): void {
    for (const topic of this.topics.values()) topic.fail(error);
    for (const channel of this.channels.values()) channel.fail(error);
  }
}

/**
 * A topic's identity: its subscribe call, or, for a topic that only listens, its routes. Built by `join`, which
 * makes one flat string: `+` would make a tree of the parts, all of which the topic would keep.
 */
function keyOf(spec: TopicSpec<unknown>): string {
  return spec.subscribe
    ? [spec.subscribe.method.toLowerCase(), JSON.stringify(spec.subscribe.args)].join(':')
    : (spec.routes ?? []).map(({ route, key }) => `${route.event.toLowerCase()}>${key}`).join();
}
