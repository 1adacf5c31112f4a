import * as t from 'io-ts';

/** The codec `nullable` makes: it keeps its inner codec, so that the hub's compiled decoding can see through it. */
export class NullableType<C extends t.Mixed> extends t.Type<t.TypeOf<C> | undefined, t.OutputOf<C> | null, unknown> {
  readonly _tag = 'NullableType' as const;

  constructor(readonly type: C) {
    super(
      `${type.name} | null`,
      (u): u is t.TypeOf<C> | undefined => u === undefined || type.is(u),
      (u, c) => (u === null || u === undefined ? t.success(undefined) : type.validate(u, c)),
      (a) => (a === undefined ? null : type.encode(a)),
    );
  }
}

/**
 * A field the vendor types as `A | undefined`: System.Text.Json sends `null`, an omitted field is `undefined`;
 * both decode to `undefined`, and `undefined` encodes to `null`.
 *
 * @example
 * ```ts
 * import * as t from 'io-ts';
 * import { nullable } from 'rxhub';
 *
 * nullable(t.string).decode(null); // right(undefined)
 * ```
 */
export function nullable<C extends t.Mixed>(codec: C): NullableType<C> {
  return new NullableType(codec);
}
