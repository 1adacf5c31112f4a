import type * as t from 'io-ts';
import { DecodeError } from '../DecodeError';

/** Decodes `value`, or says why it does not decode. The one validation step of topics, events and streams. */
export function check<T>(
  codec: t.Decoder<unknown, T>,
  value: unknown,
  source: string,
  prefix?: string,
): T | DecodeError {
  const result = codec.decode(value);
  return result._tag === 'Right' ? result.right : DecodeError.from(source, result.left, prefix);
}
