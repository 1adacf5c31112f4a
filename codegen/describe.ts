import * as ts from 'typescript';

/** What a statement or member is, in words, for errors: `type alias \`Price\``. */
export function describe(node: ts.Node): string {
  const name = (node as { name?: ts.Node }).name;
  const named = name && ts.isIdentifier(name) ? ` \`${name.text}\`` : '';
  const kind = ts.SyntaxKind[node.kind]
    .replace(/Declaration|Statement|Signature$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return `${kind}${named}`;
}
