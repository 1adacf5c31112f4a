import * as t from 'io-ts';
import { decoderOf, type Validator } from '../../contract/Validator';
import { DecodeError } from '../errors/DecodeError';

/** Why a value does not decode: io-ts's own errors. */
export class DecodeFailure {
  constructor(readonly errors: t.Errors) {}
}

/**
 * A codec's decoding on the per-item path: exactly what `codec.decode` gives, the same value or the same errors,
 * in two passes. The fast pass is compiled once per codec: `t.type`, `t.array`, `t.string`, `t.number`,
 * `t.boolean` and rxhub's `nullable` and `enumeration` become straight checks that build no context, no Either and no error, and
 * stop at the first failure; any other codec runs its own `validate`. Only a value the fast pass refuses is
 * decoded again, by io-ts, for its errors. Codecs are pure, so the two passes agree.
 */
export type Decode<T> = (value: unknown) => T | DecodeFailure;

/** What the fast pass gives for a value that does not decode. */
export const REFUSED: unique symbol = Symbol('refused');

/** A codec's fast pass: the decoded value, or `REFUSED`. */
export type Fast = (u: unknown) => unknown;

interface Shape {
  readonly _tag?: string;
  readonly props?: Record<string, t.Decoder<unknown, unknown>>;
  readonly type?: t.Decoder<unknown, unknown>;
  readonly memberOf?: (u: unknown) => unknown;
}

const decoders = new WeakMap<Validator<unknown>, Decode<unknown>>();
const compiled = new WeakMap<t.Decoder<unknown, unknown>, Fast>();

/** The `Decode` of `validator` (an io-ts codec, or a Standard Schema seen as one), compiled once per validator. */
export function decoder<T>(validator: Validator<T>): Decode<T> {
  let decode = decoders.get(validator);
  if (!decode) {
    const codec = decoderOf(validator);
    const fast = fastOf(codec);
    decoders.set(
      validator,
      (decode = (u) => {
        const value = fast(u);
        if (value !== REFUSED) return value;
        const result = codec.decode(u);
        return result._tag === 'Left' ? new DecodeFailure(result.left) : result.right;
      }),
    );
  }
  return decode as Decode<T>;
}

/** Decodes `value`, or says why it does not decode. The one validation step of topics, events and streams. */
export function check<T>(codec: Validator<T>, value: unknown, source: string, prefix?: string): T | DecodeError {
  const decoded = decoder(codec)(value);
  return decoded instanceof DecodeFailure ? DecodeError.from(source, decoded.errors, prefix) : decoded;
}

/**
 * Gives `codec` a fast pass written by hand, in place of the compiled one, for a codec on the hottest path. The
 * compiled pass reads fields by a key that changes from field to field, which the engine cannot specialize; a
 * hand-written pass reads each by name. It must decode exactly as `codec` does: property-test it against io-ts.
 */
export function withFastPass<C extends t.Decoder<unknown, unknown>>(codec: C, fast: Fast): C {
  compiled.set(codec, fast);
  return codec;
}

function fastOf(codec: t.Decoder<unknown, unknown>): Fast {
  let fast = compiled.get(codec);
  if (!fast) compiled.set(codec, (fast = compile(codec)));
  return fast;
}

function compile(codec: t.Decoder<unknown, unknown>): Fast {
  const shape = codec as Shape;
  const primitive = primitiveOf(codec);
  if (primitive) return (u) => (typeof u === primitive ? u : REFUSED);
  if (shape._tag === 'InterfaceType' && shape.props) return compileInterface(shape.props);
  if (shape._tag === 'ArrayType' && shape.type) return compileArray(fastOf(shape.type));
  if (shape._tag === 'NullableType' && shape.type) {
    // rxhub's `nullable`: null and undefined decode to undefined, anything else as its type.
    const inner = fastOf(shape.type);
    return (u) => (u === null || u === undefined ? undefined : inner(u));
  }
  if (shape._tag === 'EnumerationType' && shape.memberOf) {
    // rxhub's `enumeration`: a member's name, or its number decoded to the name.
    const memberOf = shape.memberOf;
    return (u) => memberOf(u) ?? REFUSED;
  }
  // Any other codec validates itself. Its context only ever reaches a failure, which the fast pass drops.
  const context: t.Context = [{ key: '', type: codec as t.Decoder<unknown, unknown> & t.Any, actual: undefined }];
  return (u) => {
    const result = codec.validate(u, context);
    return result._tag === 'Right' ? result.right : REFUSED;
  };
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

/** `t.type(props)`, as io-ts decodes it: the object itself, or a copy when a field decodes to something else. */
function compileInterface(props: Record<string, t.Decoder<unknown, unknown>>): Fast {
  const keys = Object.keys(props);
  const types = keys.map((key) => props[key]);
  const primitives = types.map(primitiveOf);
  const fields = types.map((type, i) => (primitives[i] ? undefined : fastOf(type)));
  const count = keys.length;
  return (u) => {
    if (u === null || typeof u !== 'object' || Array.isArray(u)) return REFUSED;
    const o = u as Record<string, unknown>;
    let a = o;
    for (let i = 0; i < count; i++) {
      const k = keys[i];
      const ak = o[k];
      const primitive = primitives[i];
      const vak = primitive === undefined ? fields[i]!(ak) : typeof ak === primitive ? ak : REFUSED;
      if (vak === REFUSED) return REFUSED;
      // A NaN is not equal to itself either: io-ts copies the object for it, so this does too.
      if (vak !== ak || (vak === undefined && !Object.prototype.hasOwnProperty.call(o, k))) {
        if (a === o) a = { ...o };
        a[k] = vak;
      }
    }
    return a;
  };
}

/** `t.array(item)`, as io-ts decodes it: the array itself, or a copy when an item decodes to something else. */
function compileArray(item: Fast): Fast {
  return (u) => {
    if (!Array.isArray(u)) return REFUSED;
    const len = u.length;
    let as = u;
    for (let i = 0; i < len; i++) {
      const ui: unknown = u[i];
      const ai = item(ui);
      if (ai === REFUSED) return REFUSED;
      if (ai !== ui) {
        if (as === u) as = u.slice();
        as[i] = ai;
      }
    }
    return as;
  };
}
