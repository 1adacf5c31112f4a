/**
 * The `import` lines of a generated file whose code is `body`: io-ts if it uses it, rxhub's helpers, then each named
 * module, in a stable order.
 */
export function importLines(
  body: string,
  runtime: string,
  helpers: Iterable<string>,
  modules: Iterable<[string, string]>,
): string {
  const names = [...helpers].sort(byName);
  const lines = /\bt\./.test(body) ? ["import * as t from 'io-ts';"] : [];
  if (names.length > 0) lines.push(`import { ${names.join(', ')} } from '${runtime}';`);
  for (const [name, from] of [...modules].sort(([a], [b]) => byName(a, b))) {
    lines.push(`import { ${name} } from '${from}';`);
  }
  return lines.join('\n') + '\n';
}

function byName(a: string, b: string): number {
  return a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
