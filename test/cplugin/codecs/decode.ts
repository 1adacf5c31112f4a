import { isLeft } from 'fp-ts/Either';
import * as t from 'io-ts';
import { DecodeError } from '../../../src';

/** Decodes `value`, failing the spec with the DecodeError's message if it does not match. */
export function decoded<C extends t.Mixed>(codec: C, value: unknown): t.TypeOf<C> {
  const result = codec.decode(value);
  if (isLeft(result)) throw DecodeError.from(codec.name, result.left);
  return result.right;
}

/** The DecodeError of a payload that must not decode, as a plain object of its message and fields. */
export function failure(codec: t.Mixed, payload: unknown, source = codec.name) {
  const result = codec.decode(payload);
  if (!isLeft(result)) throw new Error(`${source}: expected a decode failure, got ${JSON.stringify(result.right)}`);
  const { message, path, value, expected } = DecodeError.from(source, result.left);
  return { message, path, value, expected };
}
