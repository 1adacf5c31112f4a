import * as ts from 'typescript';
import { CodegenError } from './CodegenError';
import { describe } from './describe';
import type { FileReader } from './FileReader';
import { readHub } from './readHub';
import type { DataInterface, DataType, Field, TypeRef, VendorContract } from './VendorContract';

const READS = 'rxhub-codegen reads hub classes, callbacks interfaces, data interfaces and string enums';
const TYPES =
  'rxhub-codegen reads string, number, boolean, Date, any, unknown, arrays, `T | undefined` and the interfaces and enums of the file';

/**
 * Reads a vendor's interface file of the shape of `CPlugin.WebAPI.Realtime.ts` with the TypeScript parser: hub
 * classes whose methods return `this.connection.invoke(...)` or `this.connection.stream(...)` and register a callbacks
 * interface with `this.connection.on(...)`, and the data interfaces and string enums they carry. The file is parsed,
 * not type-checked, so it needs none of its imports.
 *
 * @param file The file's name as the user gave it: errors name it.
 * @param text The file's content.
 * @throws CodegenError at the first shape it does not read, naming the file, the line and the column.
 */
export function readContract(file: string, text: string): VendorContract {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const fail = (node: ts.Node, reason: string): never => {
    const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
    throw new CodegenError(file, line + 1, character + 1, reason);
  };
  const syntax = ts.transpileModule(text, { fileName: file, reportDiagnostics: true }).diagnostics ?? [];
  for (const diagnostic of syntax) {
    const { line, character } = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    throw new CodegenError(file, line + 1, character + 1, `not valid TypeScript: ${message}`);
  }

  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  const enums = new Map<string, ts.EnumDeclaration>();
  const classes: ts.ClassDeclaration[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) continue;
    if (ts.isClassDeclaration(statement) && statement.name) classes.push(statement);
    else if (ts.isInterfaceDeclaration(statement) || ts.isEnumDeclaration(statement)) {
      const name = statement.name.text;
      if (interfaces.has(name) || enums.has(name)) fail(statement, `\`${name}\` is declared twice`);
      if (ts.isInterfaceDeclaration(statement)) interfaces.set(name, statement);
      else enums.set(name, statement);
    } else fail(statement, `unsupported ${describe(statement)}: ${READS}`);
  }

  const isCallbacks = (node: ts.InterfaceDeclaration): boolean =>
    node.members.length > 0 && node.members.every(ts.isMethodSignature);
  // The vendor's generator writes a hub method of C#'s `Task` as `Promise<Void>`, with `Void` an empty interface: the
  // server sends no value. It is the file's `void`, not data.
  const isVoid = (node: ts.InterfaceDeclaration | undefined): boolean =>
    node !== undefined && node.name.text === 'Void' && node.members.length === 0 && !node.heritageClauses;
  const isData = (name: string): boolean => {
    const node = interfaces.get(name);
    return enums.has(name) || (node !== undefined && !isCallbacks(node) && !isVoid(node));
  };

  function readType(node: ts.TypeNode, what: string): TypeRef {
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
        return { kind: 'string' };
      case ts.SyntaxKind.NumberKeyword:
        return { kind: 'number' };
      case ts.SyntaxKind.BooleanKeyword:
        return { kind: 'boolean' };
      case ts.SyntaxKind.AnyKeyword:
      case ts.SyntaxKind.UnknownKeyword:
        return { kind: 'unknown' };
    }
    if (ts.isParenthesizedTypeNode(node)) return readType(node.type, what);
    if (ts.isArrayTypeNode(node)) return { kind: 'array', item: readType(node.elementType, what) };
    if (ts.isUnionTypeNode(node)) {
      const rest = node.types.filter((type) => !isNothing(type));
      if (rest.length === 1 && rest.length < node.types.length) {
        const type = readType(rest[0], what);
        return type.kind === 'unknown' || type.kind === 'nullable' ? type : { kind: 'nullable', type };
      }
    }
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
      const name = node.typeName.text;
      const args = node.typeArguments ?? [];
      if (name === 'Array' && args.length === 1) return { kind: 'array', item: readType(args[0], what) };
      if (args.length === 0) {
        if (name === 'Date') return { kind: 'date' };
        if (isData(name)) return { kind: 'named', name };
        if (!interfaces.has(name)) fail(node, `unknown type \`${name}\` of ${what}: it is not declared in the file`);
      }
    }
    return fail(node, `unsupported type \`${node.getText(source)}\` of ${what}: ${TYPES}`);
  }

  function readField(node: ts.TypeElement | ts.ParameterDeclaration, owner: string): Field {
    if (!(ts.isPropertySignature(node) || ts.isParameter(node)) || !ts.isIdentifier(node.name)) {
      return fail(node, `unsupported member of \`${owner}\`: ${describe(node)}; a data interface has only fields`);
    }
    const what = `\`${owner}.${node.name.text}\``;
    if (!node.type) return fail(node, `${what} has no type`);
    return {
      name: node.name.text,
      type: readType(node.type, what),
      optional: node.questionToken !== undefined,
      doc: docOf(node),
    };
  }

  function readInterface(node: ts.InterfaceDeclaration): DataInterface {
    const name = node.name.text;
    if (node.typeParameters) fail(node.typeParameters[0], `generic interface \`${name}\` is not supported`);
    const bases: string[] = [];
    for (const base of node.heritageClauses?.flatMap((clause) => clause.types) ?? []) {
      const baseName = ts.isIdentifier(base.expression) ? base.expression.text : undefined;
      const baseNode = baseName === undefined ? undefined : interfaces.get(baseName);
      if (!baseName || !baseNode || !isData(baseName) || base.typeArguments) {
        fail(
          base,
          `\`${name}\` extends \`${base.getText(source)}\`: an interface can extend data interfaces of the file`,
        );
      }
      bases.push(baseName!);
    }
    const fields = node.members.map((member) => readField(member, name));
    return { kind: 'interface', name, bases, fields, doc: docOf(node) };
  }

  function readEnum(node: ts.EnumDeclaration): DataType {
    const name = node.name.text;
    const values = node.members.map((member) =>
      member.initializer && ts.isStringLiteral(member.initializer)
        ? member.initializer.text
        : fail(
            member,
            `enum member \`${name}.${member.name.getText(source)}\` has no string value: rxhub-codegen reads string enums, as System.Text.Json's JsonStringEnumConverter sends them`,
          ),
    );
    return { kind: 'enum', name, values, doc: docOf(node) };
  }

  const reader: FileReader = {
    fail,
    readType,
    readField,
    callbacksOf: (name) => {
      const node = interfaces.get(name);
      return node && isCallbacks(node) ? node : undefined;
    },
    isVoid: (name) => isVoid(interfaces.get(name)),
  };
  const hubs = classes.map((node) => readHub(node, reader));
  const types: DataType[] = [];
  for (const statement of source.statements) {
    if (ts.isEnumDeclaration(statement)) types.push(readEnum(statement));
    else if (ts.isInterfaceDeclaration(statement) && isData(statement.name.text)) types.push(readInterface(statement));
    else if (ts.isInterfaceDeclaration(statement) && !isCallbacks(statement) && !isVoid(statement)) {
      fail(statement, `interface \`${statement.name.text}\` mixes fields and methods`);
    }
  }
  const recursive = findCycle(types);
  if (recursive)
    fail(interfaces.get(recursive[0])!, `recursive type: ${recursive.join(' → ')}; ${TYPES}, not recursive ones`);
  return { file, hubs, types };
}

function isNothing(node: ts.TypeNode): boolean {
  return (
    node.kind === ts.SyntaxKind.UndefinedKeyword ||
    (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword)
  );
}

/** A node's JSDoc text, on one line. */
function docOf(node: ts.Node): string | undefined {
  const text = ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}

/** The first cycle of interfaces that contain themselves, through fields or bases, as a path of names. */
function findCycle(types: readonly DataType[]): string[] | undefined {
  const byName = new Map(types.map((type) => [type.name, type]));
  const names = (type: TypeRef): string[] =>
    type.kind === 'named'
      ? [type.name]
      : type.kind === 'array'
        ? names(type.item)
        : type.kind === 'nullable'
          ? names(type.type)
          : [];
  const done = new Set<string>();
  const visit = (name: string, path: string[]): string[] | undefined => {
    if (path.includes(name)) return [...path.slice(path.indexOf(name)), name];
    if (done.has(name)) return undefined;
    const type = byName.get(name);
    const next =
      type?.kind === 'interface' ? [...type.bases, ...type.fields.flatMap((field) => names(field.type))] : [];
    for (const child of next) {
      const cycle = visit(child, [...path, name]);
      if (cycle) return cycle;
    }
    done.add(name);
    return undefined;
  };
  for (const type of types) {
    const cycle = visit(type.name, []);
    if (cycle) return cycle;
  }
  return undefined;
}
