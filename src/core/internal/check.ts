import type * as t from 'io-ts';
import { DecodeError } from '../DecodeError';

/** What a `Decode` returns for a value that does not decode. */
export const DECODE_FAILED: unique symbol = Symbol('rxhub.decodeFailed');
const FAILED = DECODE_FAILED;

/**
 * A codec's decoding on the per-item path: the decoded value, or `DECODE_FAILED`. It gives exactly what
 * `codec.decode` gives for every value that decodes, without building io-ts's context and Either for each field;
 * a value it refuses goes to `recheck`, where io-ts itself decides, and says why.
 */
export type Decode<T> = (value: unknown) => T | typeof DECODE_FAILED;

/** The io-ts shapes `decoder` compiles; any other codec runs its own `validate`. */
interface Shape {
  readonly _tag?: string;
  readonly props?: Record<string, t.Decoder<unknown, unknown>>;
  readonly type?: t.Decoder<unknown, unknown>;
}

const compiled = new WeakMap<t.Decoder<unknown, unknown>, Decode<unknown>>();

/** The `Decode` of `codec`, compiled once per codec. */
export function decoder<T>(codec: t.Decoder<unknown, T>): Decode<T> {
  let decode = compiled.get(codec);
  if (!decode) compiled.set(codec, (decode = compile(codec)));
  return decode as Decode<T>;
}

function compile(codec: t.Decoder<unknown, unknown>): Decode<unknown> {
  const shape = codec as Shape;
  switch (shape._tag) {
    case 'StringType':
      return (u) => (typeof u === 'string' ? u : FAILED);
    case 'NumberType':
      return (u) => (typeof u === 'number' ? u : FAILED);
    case 'BooleanType':
      return (u) => (typeof u === 'boolean' ? u : FAILED);
    case 'InterfaceType':
      if (shape.props) return compileInterface(shape.props);
      break;
    case 'ArrayType':
      if (shape.type) return compileArray(decoder(shape.type));
      break;
  }
  // The context only ever names where a failure is; a failure is decoded again, with a full context.
  const context: t.Context = [{ key: '', type: codec as t.Decoder<unknown, unknown> & t.Any, actual: undefined }];
  return (u) => {
    const result = codec.validate(u, context);
    return result._tag === 'Right' ? result.right : FAILED;
  };
}

/** `t.type(props)`: copies the object only when a field decodes to something else, as io-ts does. */
function compileInterface(props: Record<string, t.Decoder<unknown, unknown>>): Decode<unknown> {
  const keys = Object.keys(props);
  const fields = keys.map((key) => decoder(props[key]));
  const count = keys.length;
  return (u) => {
    if (u === null || typeof u !== 'object' || Array.isArray(u)) return FAILED;
    const o = u as Record<string, unknown>;
    let a = o;
    for (let i = 0; i < count; i++) {
      const k = keys[i];
      const ak = a[k];
      const vak = fields[i](ak);
      if (vak === FAILED) return FAILED;
      if (vak !== ak || (vak === undefined && !Object.prototype.hasOwnProperty.call(a, k))) {
        if (a === o) a = Object.assign({}, o);
        a[k] = vak;
      }
    }
    return a;
  };
}

/** `t.array(item)`: copies the array only when an item decodes to something else, as io-ts does. */
function compileArray(item: Decode<unknown>): Decode<unknown> {
  return (u) => {
    if (!Array.isArray(u)) return FAILED;
    let as = u;
    for (let i = 0; i < u.length; i++) {
      const ui = u[i];
      const ai = item(ui);
      if (ai === FAILED) return FAILED;
      if (ai !== ui) {
        if (as === u) as = u.slice();
        as[i] = ai;
      }
    }
    return as;
  };
}

/** Decodes `value`, or says why it does not decode. The one validation step of topics, events and streams. */
export function check<T>(
  codec: t.Decoder<unknown, T>,
  value: unknown,
  source: string,
  prefix?: string,
): T | DecodeError {
  const decoded = decoder(codec)(value);
  return decoded !== FAILED ? (decoded as T) : recheck(codec, value, source, prefix);
}

/** Decodes `value` with io-ts itself: the value, or the error that says why it does not decode. */
export function recheck<T>(
  codec: t.Decoder<unknown, T>,
  value: unknown,
  source: string,
  prefix?: string,
): T | DecodeError {
  const result = codec.decode(value);
  return result._tag === 'Right' ? result.right : DecodeError.from(source, result.left, prefix);
}
