import type { TypeRef } from './VendorContract';

/** The io-ts expression of a type, and the names it needs: rxhub's runtime helpers and the file's own codecs. */
export function codecOf(type: TypeRef, runtime: Set<string>, codecs: Set<string>): string {
  switch (type.kind) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'unknown':
      return `t.${type.kind}`;
    case 'date':
      runtime.add('DateTime');
      return 'DateTime';
    case 'named':
      codecs.add(type.name);
      return type.name;
    case 'array':
      return `t.array(${codecOf(type.item, runtime, codecs)})`;
    case 'nullable':
      runtime.add('nullable');
      return `nullable(${codecOf(type.type, runtime, codecs)})`;
  }
}
