import * as t from 'io-ts';

/**
 * What validates a payload: an io-ts decoder, decoded by rxhub's compiled fast pass, or any Standard Schema v1
 * validator (zod 4, valibot, arktype). Either one goes wherever rxhub takes a codec, under the same decode policies
 * and with the same `DecodeError` text.
 *
 * ## Example
 * ```ts
 * import * as t from 'io-ts';
 * import * as v from 'valibot';
 * import { z } from 'zod';
 * import type { TypeOf, Validator } from 'rxhub';
 *
 * const withIoTs: Validator<{ bid: number }> = t.type({ bid: t.number });
 * const withZod: Validator<{ bid: number }> = z.object({ bid: z.number() });
 * const withValibot: Validator<{ bid: number }> = v.object({ bid: v.number() });
 * type Quote = TypeOf<typeof withZod>; // { bid: number }
 * ```
 */
/**
 * The part of a Standard Schema v1 validator (standardschema.dev) that rxhub reads, described here rather than
 * imported so that rxhub keeps no runtime dependency: libraries such as zod 4 and valibot match it structurally.
 */
export interface StandardSchema<Output = unknown> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => StandardResult<Output> | Promise<StandardResult<Output>>;
    /** Present in the types only, for inference. */
    readonly types?: { readonly input: unknown; readonly output: Output } | undefined;
  };
}

/** What a Standard Schema's `validate` answers: the value, or the issues (never both). */
export type StandardResult<Output> =
  { readonly value: Output; readonly issues?: undefined } | { readonly issues: readonly StandardIssue[] };

/** One failure a Standard Schema reports: its message, and the path to the value when it is not the root. */
export interface StandardIssue {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;
}

export type Validator<T = unknown> = t.Decoder<unknown, T> | StandardSchema<T>;

/** The type of the values a validator gives. */
export type TypeOf<V> = V extends StandardSchema<infer O> ? O : V extends t.Decoder<any, infer A> ? A : never;

const adapted = new WeakMap<object, t.Decoder<unknown, unknown>>();

/**
 * The io-ts decoder of a validator: an io-ts decoder itself, or a Standard Schema seen as one (made once per
 * schema), so that one decoding path serves both. A Standard Schema issue becomes an io-ts error with the same
 * path and value, and the type its library says it expected.
 */
export function decoderOf<T>(validator: Validator<T>): t.Decoder<unknown, T> {
  if (!isStandardSchema(validator)) return validator;
  let decoder = adapted.get(validator);
  if (!decoder) adapted.set(validator, (decoder = standardDecoder(validator)));
  return decoder as t.Decoder<unknown, T>;
}

/** Whether `value` is a Standard Schema (rather than an io-ts decoder). */
export function isStandardSchema<T>(value: Validator<T> | object): value is StandardSchema<T> {
  return '~standard' in value;
}

/** A hub call's argument as it goes on the wire: io-ts codecs encode it; a Standard Schema value goes as it is. */
export function encodeArg(validator: Validator, value: unknown): unknown {
  const encoder = validator as Partial<t.Encoder<unknown, unknown>>;
  return !isStandardSchema(validator) && typeof encoder.encode === 'function' ? encoder.encode(value) : value;
}

function standardDecoder<T>(schema: StandardSchema<T>): t.Decoder<unknown, T> {
  const { validate, vendor } = schema['~standard'];
  const name = `${vendor} schema`;
  return new t.Type<T, unknown, unknown>(
    name,
    (u): u is T => {
      const result = validate(u);
      return !(result instanceof Promise) && !result.issues;
    },
    (u, context) => {
      const result = validate(u);
      // The per-item path is synchronous: a validator that answers later cannot serve it.
      if (result instanceof Promise) return t.failure(u, withExpected(context, u, 'a synchronous validator'));
      if (!result.issues) return t.success(result.value);
      return t.failures(result.issues.map((issue) => errorOf(issue, u, context)));
    },
    t.identity,
  );
}

/** An issue as io-ts would report it: a context entry per path segment, each with the value found there. */
function errorOf(issue: StandardIssue, u: unknown, context: t.Context): t.ValidationError {
  const path = issue.path ?? [];
  const expected = expectedOf(issue);
  if (path.length === 0) return { value: u, context: withExpected(context, u, expected), message: issue.message };
  const entries: t.ContextEntry[] = [...withExpected(context, u, context[context.length - 1].type.name)];
  let value = u;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const key = typeof segment === 'object' ? segment.key : segment;
    value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
    entries.push({ key: String(key), type: named(i === path.length - 1 ? expected : 'unknown'), actual: value });
  }
  return { value, context: entries, message: issue.message };
}

/** `context` with its last entry holding `actual` and naming `expected`. */
function withExpected(context: t.Context, actual: unknown, expected: string): t.Context {
  const last = context[context.length - 1];
  return [...context.slice(0, -1), { key: last.key, type: named(expected), actual }];
}

/**
 * The expected type, as the issue names it: zod and valibot give it in `expected`, zod lists an enum's `values`
 * (written as io-ts writes a `keyof`); other libraries get their message.
 */
function expectedOf(issue: StandardIssue): string {
  const { expected, values } = issue as { expected?: unknown; values?: unknown };
  if (typeof expected === 'string') return expected;
  if (Array.isArray(values)) return values.map((value) => JSON.stringify(value)).join(' | ');
  return issue.message;
}

function named(name: string): t.Decoder<unknown, unknown> {
  return { name } as t.Decoder<unknown, unknown>;
}
