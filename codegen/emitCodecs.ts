import { codecOf } from './codecOf';
import { docComment } from './docComment';
import type { EmitOptions } from './EmitOptions';
import type { GeneratedFile } from './GeneratedFile';
import { importLines } from './importLines';
import type { DataInterface, DataType, VendorContract } from './VendorContract';

/**
 * One io-ts codec per data type of the contract, each in `codecs/<Name>.ts` with its type beside it: a string enum
 * becomes rxhub's `enumeration`, its members in the declaration order, which numbers them as C# does (a MessagePack
 * server without the string-enum resolver sends the number); an interface `t.type` of its fields after its bases'
 * (`...Base.props`), with `t.partial` for fields declared `?`; `T | undefined` becomes rxhub's `nullable(T)` and
 * `Date` rxhub's `DateTime`.
 */
export function emitCodecs(contract: VendorContract, options: EmitOptions): GeneratedFile[] {
  const byName = new Map(contract.types.map((type) => [type.name, type]));
  const hasOptional = (type: DataInterface): boolean =>
    type.fields.some((field) => field.optional) ||
    type.bases.some((base) => hasOptional(byName.get(base) as DataInterface));
  return contract.types.map((type) => {
    const path = `codecs/${type.name}.ts`;
    const runtime = new Set<string>();
    const codecs = new Set<string>();
    const body =
      type.kind === 'enum' ? enumCodec(type, runtime) : interfaceCodec(type, hasOptional, byName, runtime, codecs);
    const modules = [...codecs]
      .filter((name) => name !== type.name)
      .map((name): [string, string] => [name, `./${name}`]);
    const code = [
      docComment(options.docs[type.name] ?? type.doc, 120),
      `export const ${type.name} = ${body};\n`,
      `export type ${type.name} = t.TypeOf<typeof ${type.name}>;\n`,
    ].join('');
    const text = `${options.header}${importLines(code, options.runtimeFrom(path), runtime, modules)}\n${code}`;
    return { path, text };
  });
}

function enumCodec(type: DataType & { kind: 'enum' }, runtime: Set<string>): string {
  runtime.add('enumeration');
  return `enumeration({ ${type.values.map((value) => `${key(value)}: null`).join(', ')} }, '${type.name}')`;
}

function interfaceCodec(
  type: DataInterface,
  hasOptional: (type: DataInterface) => boolean,
  byName: ReadonlyMap<string, DataType>,
  runtime: Set<string>,
  codecs: Set<string>,
): string {
  // A base with optional fields is itself `t.intersection([t.type(...), t.partial(...)])`: spread each part.
  const props = (optional: boolean): string[] => [
    ...type.bases.map((base) => {
      codecs.add(base);
      const part = hasOptional(byName.get(base) as DataInterface) ? `.types[${optional ? 1 : 0}]` : '';
      return `...${base}${part}.props`;
    }),
    ...type.fields
      .filter((field) => field.optional === optional)
      // A field with a comment goes on a line of its own, which keeps the object expanded; prettier decides the rest.
      .map((field) => {
        const doc = field.doc ? `\n${docComment(field.doc)}` : '';
        return `${doc}${key(field.name)}: ${codecOf(field.type, runtime, codecs)}`;
      }),
  ];
  const object = (optional: boolean): string => `{ ${props(optional).join(', ')} }`;
  if (!hasOptional(type)) return `t.type(${object(false)}, '${type.name}')`;
  return `t.intersection([t.type(${object(false)}), t.partial(${object(true)})], '${type.name}')`;
}

/** A property key: bare when it is an identifier. */
function key(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}
