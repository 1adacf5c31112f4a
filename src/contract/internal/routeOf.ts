import { DecodeError } from '../../core/errors/DecodeError';
import type { Route } from '../../core/Route';
import type { ContractTopic } from '../Contract';

const routes = new WeakMap<ContractTopic, Route>();
// The type of each declaration's key, as its topics' arguments hold it (`tradePlatform`'s string, a job's number):
// an item whose key is of another type is malformed, and is reported rather than sent to a topic of that name.
const keyTypes = new WeakMap<ContractTopic, 'string' | 'number'>();

/**
 * The route of a topic declared with `event`, `key` and `list`, made once per declaration and shared by all its
 * topics, so that the hub keeps one route table per event however many topics there are.
 */
export function routeOf(topic: ContractTopic): Route {
  let route = routes.get(topic);
  if (!route) routes.set(topic, (route = make(topic)));
  return route;
}

/** The route key of a topic: its first argument's `key` field, or the argument itself; '' without a `key`. */
export function topicKeyOf(topic: ContractTopic, args: readonly unknown[]): string {
  if (topic.key === undefined) return '';
  const [arg] = args;
  const value = typeof arg === 'object' && arg !== null ? (arg as Record<string, unknown>)[topic.key] : arg;
  if (typeof value === 'number') keyTypes.set(topic, 'number');
  return String(value);
}

function make(topic: ContractTopic): Route {
  const { event, key, list } = topic;
  if (event === undefined) throw new Error('A contract topic needs an event or routes of its own');
  const keyOf = (payload: unknown): string | DecodeError => {
    if (key === undefined) return '';
    const value = fieldOf(payload, key);
    const type = keyTypes.get(topic) ?? 'string';
    return typeof value === type ? String(value) : new DecodeError(event, key, value, type);
  };
  if (list === undefined) {
    return {
      event,
      split: ([payload], emit, reject) => {
        const topicKey = keyOf(payload);
        if (topicKey instanceof DecodeError) reject(topicKey);
        else emit(topicKey, payload, -1);
      },
    };
  }
  return {
    event,
    split: ([payload], emit, reject) => {
      const topicKey = keyOf(payload);
      if (topicKey instanceof DecodeError) return reject(topicKey);
      const items = fieldOf(payload, list);
      if (items === null || items === undefined) return; // an optional batch (`X[] | undefined`): nothing this time
      if (!Array.isArray(items)) return reject(new DecodeError(event, list, items, 'Array'));
      for (let i = 0; i < items.length; i++) emit(topicKey, items[i], i);
    },
    path: (index) => `${list}[${index}]`,
  };
}

/** `value[name]` when `value` is an object, else undefined: reads untrusted payloads without throwing. */
function fieldOf(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}
