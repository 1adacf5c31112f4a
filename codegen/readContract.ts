import * as ts from 'typescript';
import { CodegenError } from './CodegenError';
import type {
  DataInterface,
  DataType,
  Field,
  Hub,
  HubEvent,
  HubMethod,
  TypeRef,
  VendorContract,
} from './VendorContract';

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

  function readHub(node: ts.ClassDeclaration): Hub {
    const name = node.name!.text;
    const ctor = node.members.find(ts.isConstructorDeclaration);
    const connection = ctor?.parameters.find((param) => ts.isIdentifier(param.name) && param.modifiers?.length);
    if (!connection) {
      return fail(node, `hub class \`${name}\` has no constructor parameter property for its connection`);
    }
    const field = (connection.name as ts.Identifier).text;
    // `this.connection.<verb>('Name', ...)`: the verb and the call, or undefined.
    const callOf = (expression: ts.Expression): [string, ts.CallExpression] | undefined => {
      if (!ts.isCallExpression(expression) || !ts.isPropertyAccessExpression(expression.expression)) return undefined;
      const target = expression.expression.expression;
      const isConnection =
        ts.isPropertyAccessExpression(target) &&
        target.expression.kind === ts.SyntaxKind.ThisKeyword &&
        target.name.text === field;
      return isConnection ? [expression.expression.name.text, expression] : undefined;
    };
    const wireName = (call: ts.CallExpression, member: string): string => {
      const first = call.arguments[0];
      return first && ts.isStringLiteralLike(first)
        ? first.text
        : fail(call, `\`${name}.${member}\` names its hub method with something other than a string literal`);
    };

    const methods: HubMethod[] = [];
    const events: HubEvent[] = [];
    for (const member of node.members) {
      if (ts.isConstructorDeclaration(member)) continue;
      const memberName = member.name && ts.isIdentifier(member.name) ? member.name.text : undefined;
      const statements = ts.isMethodDeclaration(member) ? (member.body?.statements ?? []) : [];
      if (!ts.isMethodDeclaration(member) || !memberName || statements.length === 0) {
        return fail(member, `unsupported member of hub class \`${name}\`: ${describe(member)}; ${HUB_MEMBERS}`);
      }
      const only = statements.length === 1 ? statements[0] : undefined;
      const returned = only && ts.isReturnStatement(only) && only.expression ? callOf(only.expression) : undefined;
      if (returned && (returned[0] === 'invoke' || returned[0] === 'stream')) {
        methods.push(readMethod(member, memberName, returned[0], returned[1], wireName(returned[1], memberName)));
        continue;
      }
      const registrations = statements.map((statement) =>
        ts.isExpressionStatement(statement) ? callOf(statement.expression) : undefined,
      );
      if (registrations.every((call) => call?.[0] === 'on')) {
        const callbacks = member.parameters[0]?.type;
        const face =
          callbacks && ts.isTypeReferenceNode(callbacks) && ts.isIdentifier(callbacks.typeName)
            ? interfaces.get(callbacks.typeName.text)
            : undefined;
        if (!face || !isCallbacks(face)) {
          return fail(member, `\`${name}.${memberName}\` registers callbacks without a callbacks interface parameter`);
        }
        for (const [, call] of registrations as [string, ts.CallExpression][]) {
          events.push(readEvent(call, face, wireName(call, memberName)));
        }
        continue;
      }
      // `unregisterCallbacks` mirrors `registerCallbacks` with `off`: it adds nothing to the contract.
      if (registrations.every((call) => call?.[0] === 'off')) continue;
      fail(member, `unsupported hub method \`${name}.${memberName}\`: ${HUB_MEMBERS}`);
    }
    return { name, methods, events };
  }

  function readMethod(
    node: ts.MethodDeclaration,
    member: string,
    kind: 'invoke' | 'stream',
    call: ts.CallExpression,
    wire: string,
  ): HubMethod {
    const owner = `${(node.parent as ts.ClassDeclaration).name!.text}.${member}`;
    const params = node.parameters.map((param) => readField(param, owner));
    const passed = call.arguments.slice(1).map((arg) => (ts.isIdentifier(arg) ? arg.text : undefined));
    if (passed.length !== params.length || passed.some((arg, i) => arg !== params[i].name)) {
      fail(call, `\`${owner}\` does not pass its parameters, in order, to \`${kind}\``);
    }
    const wrapper = kind === 'invoke' ? 'Promise' : 'IStreamResult';
    const returns = node.type;
    if (
      !returns ||
      !ts.isTypeReferenceNode(returns) ||
      !ts.isIdentifier(returns.typeName) ||
      returns.typeName.text !== wrapper ||
      returns.typeArguments?.length !== 1
    ) {
      return fail(returns ?? node, `\`${owner}\` ${kind}s: its result must be typed \`${wrapper}<T>\``);
    }
    const result = returns.typeArguments[0];
    const nothing =
      result.kind === ts.SyntaxKind.VoidKeyword ||
      (ts.isTypeReferenceNode(result) &&
        ts.isIdentifier(result.typeName) &&
        isVoid(interfaces.get(result.typeName.text)));
    return {
      kind,
      name: wire,
      member,
      params,
      result: nothing ? undefined : readType(result, `the result of \`${owner}\``),
    };
  }

  function readEvent(call: ts.CallExpression, face: ts.InterfaceDeclaration, wire: string): HubEvent {
    const handler = call.arguments[1];
    const body = handler && ts.isArrowFunction(handler) ? handler.body : undefined;
    const callback =
      body && ts.isCallExpression(body) && ts.isPropertyAccessExpression(body.expression)
        ? body.expression.name.text
        : undefined;
    const signature = face.members.find(
      (member): member is ts.MethodSignature =>
        ts.isMethodSignature(member) && ts.isIdentifier(member.name) && member.name.text === callback,
    );
    if (!signature) {
      return fail(
        call,
        `\`${wire}\` must be handled by \`(...) => implementation.<callback>(...)\`, a method of \`${face.name.text}\``,
      );
    }
    const owner = `${face.name.text}.${callback}`;
    return { name: wire, member: callback!, params: signature.parameters.map((param) => readField(param, owner)) };
  }

  const hubs = classes.map(readHub);
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

const HUB_MEMBERS =
  'a hub method returns `this.connection.invoke(...)` or `this.connection.stream(...)`, or registers callbacks with `this.connection.on(...)`';

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

/** What a statement or member is, in words. */
function describe(node: ts.Node): string {
  const name = (node as { name?: ts.Node }).name;
  const named = name && ts.isIdentifier(name) ? ` \`${name.text}\`` : '';
  const kind = ts.SyntaxKind[node.kind]
    .replace(/Declaration|Statement|Signature$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return `${kind}${named}`;
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
