import * as t from 'io-ts';
import { DecodeError } from '../DecodeError';

/** Why a value does not decode: io-ts's own errors. */
export class DecodeFailure {
  constructor(readonly errors: t.Errors) {}
}

/**
 * A codec's decoding on the per-item path: exactly what `codec.decode` gives (the same value, or the same errors,
 * with every custom codec inside called with the same value and context), but without io-ts's context entry and
 * Either for each plain field: `t.type`, `t.array`, `t.string`, `t.number` and `t.boolean` are compiled into
 * straight checks, and any other codec runs its own `validate`.
 */
export type Decode<T> = (value: unknown) => T | DecodeFailure;

/** A compiled codec: the value at context `c`, or its errors. */
type Node = (u: unknown, c: t.Context) => unknown;

interface Shape {
  readonly _tag?: string;
  readonly props?: Record<string, t.Decoder<unknown, unknown>>;
  readonly type?: t.Decoder<unknown, unknown>;
}

const decoders = new WeakMap<t.Decoder<unknown, unknown>, Decode<unknown>>();
const nodes = new WeakMap<t.Decoder<unknown, unknown>, Node>();

/** The `Decode` of `codec`, compiled once per codec. */
export function decoder<T>(codec: t.Decoder<unknown, T>): Decode<T> {
  let decode = decoders.get(codec);
  if (!decode) {
    const node = nodeOf(codec);
    const root = codec as t.Decoder<unknown, unknown> & t.Any;
    decoders.set(codec, (decode = (u) => node(u, [{ key: '', type: root, actual: u }])));
  }
  return decode as Decode<T>;
}

/** Decodes `value`, or says why it does not decode. The one validation step of topics, events and streams. */
export function check<T>(
  codec: t.Decoder<unknown, T>,
  value: unknown,
  source: string,
  prefix?: string,
): T | DecodeError {
  const decoded = decoder(codec)(value);
  return decoded instanceof DecodeFailure ? DecodeError.from(source, decoded.errors, prefix) : decoded;
}

function nodeOf(codec: t.Decoder<unknown, unknown>): Node {
  let node = nodes.get(codec);
  if (!node) nodes.set(codec, (node = compile(codec)));
  return node;
}

function compile(codec: t.Decoder<unknown, unknown>): Node {
  const shape = codec as Shape;
  switch (shape._tag) {
    case 'StringType':
    case 'NumberType':
    case 'BooleanType': {
      const kind = shape._tag === 'StringType' ? 'string' : shape._tag === 'NumberType' ? 'number' : 'boolean';
      return (u, c) => (typeof u === kind ? u : fail(u, c));
    }
    case 'InterfaceType':
      if (shape.props) return compileInterface(shape.props);
      break;
    case 'ArrayType':
      if (shape.type) return compileArray(shape.type);
      break;
    case 'NullableType': // rxhub's `nullable`: null and undefined decode to undefined, anything else as its type
      if (shape.type) {
        const inner = nodeOf(shape.type);
        return (u, c) => (u === null || u === undefined ? undefined : inner(u, c));
      }
      break;
  }
  return (u, c) => {
    const result = codec.validate(u, c);
    return result._tag === 'Right' ? result.right : new DecodeFailure(result.left);
  };
}

function fail(value: unknown, context: t.Context): DecodeFailure {
  return new DecodeFailure([{ value, context, message: undefined }]);
}

/** The primitive a codec checks with `typeof`, if it is one of io-ts's. */
function primitiveOf(codec: t.Decoder<unknown, unknown>): string | undefined {
  const tag = (codec as Shape)._tag;
  return tag === 'StringType'
    ? 'string'
    : tag === 'NumberType'
      ? 'number'
      : tag === 'BooleanType'
        ? 'boolean'
        : undefined;
}

/**
 * `t.type(props)`, as io-ts validates it: every field checked even after a failure, all errors collected, and the
 * object copied only when a field decodes to something else. A field's context is built only when a codec needs it.
 */
function compileInterface(props: Record<string, t.Decoder<unknown, unknown>>): Node {
  const keys = Object.keys(props);
  const types = keys.map((key) => props[key]);
  const primitives = types.map(primitiveOf);
  const fields = types.map((type, i) => (primitives[i] ? undefined : nodeOf(type)));
  const count = keys.length;
  return (u, c) => {
    if (u === null || typeof u !== 'object' || Array.isArray(u)) return fail(u, c);
    const o = u as Record<string, unknown>;
    let a = o;
    let errors: t.ValidationError[] | undefined;
    for (let i = 0; i < count; i++) {
      const k = keys[i];
      const ak = a[k];
      const primitive = primitives[i];
      let vak: unknown;
      if (primitive !== undefined) {
        if (typeof ak === primitive) vak = ak;
        else {
          (errors ??= []).push({
            value: ak,
            context: t.appendContext(c, k, types[i] as t.Any, ak),
            message: undefined,
          });
          continue;
        }
      } else {
        vak = fields[i]!(ak, t.appendContext(c, k, types[i] as t.Any, ak));
        if (vak instanceof DecodeFailure) {
          (errors ??= []).push(...vak.errors);
          continue;
        }
      }
      if (vak !== ak || (vak === undefined && !Object.prototype.hasOwnProperty.call(a, k))) {
        if (a === o) a = Object.assign({}, o);
        a[k] = vak;
      }
    }
    return errors ? new DecodeFailure(errors) : a;
  };
}

/** `t.array(item)`, as io-ts validates it: copied only when an item decodes to something else. */
function compileArray(itemType: t.Decoder<unknown, unknown>): Node {
  const item = nodeOf(itemType);
  return (u, c) => {
    if (!Array.isArray(u)) return fail(u, c);
    const len = u.length;
    let as = u;
    let errors: t.ValidationError[] | undefined;
    for (let i = 0; i < len; i++) {
      const ui = u[i];
      const ai = item(ui, t.appendContext(c, String(i), itemType as t.Any, ui));
      if (ai instanceof DecodeFailure) {
        (errors ??= []).push(...ai.errors);
      } else if (ai !== ui) {
        if (as === u) as = u.slice();
        as[i] = ai;
      }
    }
    return errors ? new DecodeFailure(errors) : as;
  };
}
