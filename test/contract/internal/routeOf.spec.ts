import * as t from 'io-ts';
import type { ContractTopic } from '../../../src/contract/Contract';
import { routeOf, topicKeyOf } from '../../../src/contract/internal/routeOf';

/** What one message makes the route do: the items it emits by key, and the paths and values it reports. */
function split(topic: ContractTopic, payload: unknown): { emitted: [string, unknown][]; reported: string[] } {
  const emitted: [string, unknown][] = [];
  const reported: string[] = [];
  routeOf(topic).split(
    [payload],
    (key, item) => emitted.push([key, item]),
    (error) => reported.push(error.message),
  );
  return { emitted, reported };
}

describe('routeOf', () => {
  const margins: ContractTopic = {
    args: [t.type({ tradePlatform: t.string })],
    event: 'OnMarginUpdate',
    key: 'tradePlatform',
    list: 'margins',
    item: t.type({ login: t.number }),
  };
  const progress: ContractTopic = {
    subscribe: 'Watch',
    args: [t.type({ job: t.number })],
    event: 'OnProgress',
    key: 'job',
    item: t.type({ job: t.number }),
  };

  it('routes each item of a batch to the topic its string key names', () => {
    expect(topicKeyOf(margins, [{ tradePlatform: 'demo' }])).toBe('demo');
    expect(split(margins, { tradePlatform: 'demo', margins: [{ login: 1 }, { login: 2 }] })).toEqual({
      emitted: [
        ['demo', { login: 1 }],
        ['demo', { login: 2 }],
      ],
      reported: [],
    });
  });

  it('reports a key of another type than its topics’ instead of routing it by its text', () => {
    expect(topicKeyOf(margins, [{ tradePlatform: '123456789' }])).toBe('123456789');
    expect(split(margins, { tradePlatform: 123456789, margins: [{ login: 1 }] })).toEqual({
      emitted: [],
      reported: ['OnMarginUpdate: invalid value 123456789 at tradePlatform, expected string'],
    });
  });

  it('takes numbers as keys where its topics are keyed by numbers, and reports a string there', () => {
    expect(topicKeyOf(progress, [{ job: 7 }])).toBe('7');
    expect(split(progress, { job: 7 })).toEqual({ emitted: [['7', { job: 7 }]], reported: [] });
    expect(split(progress, { job: '7' })).toEqual({
      emitted: [],
      reported: ['OnProgress: invalid value "7" at job, expected number'],
    });
  });

  it('reports a payload that is not an object, or names no key', () => {
    expect(split(margins, 'demo').reported).toEqual([
      'OnMarginUpdate: invalid value undefined at tradePlatform, expected string',
    ]);
    expect(split(margins, { margins: [] }).reported).toEqual([
      'OnMarginUpdate: invalid value undefined at tradePlatform, expected string',
    ]);
  });
});
