import * as ts from 'typescript';
import type { FileReader } from './FileReader';
import { describe } from './describe';
import type { Hub, HubEvent, HubMethod } from './VendorContract';

const HUB_MEMBERS =
  'a hub method returns `this.connection.invoke(...)` or `this.connection.stream(...)`, or registers callbacks with `this.connection.on(...)`';

/**
 * A hub class of the vendor's file: each method that returns `this.connection.invoke('Name', ...)` or
 * `this.connection.stream('Name', ...)`, and each event its `registerCallbacks` registers with
 * `this.connection.on('Name', (...) => implementation.callback(...))`, typed by the callbacks interface.
 *
 * @throws CodegenError at a member of another shape.
 */
export function readHub(node: ts.ClassDeclaration, reader: FileReader): Hub {
  const { fail } = reader;
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
      methods.push(readMethod(reader, member, returned[0], returned[1], wireName(returned[1], memberName)));
      continue;
    }
    const registrations = statements.map((statement) =>
      ts.isExpressionStatement(statement) ? callOf(statement.expression) : undefined,
    );
    if (registrations.every((call) => call?.[0] === 'on')) {
      const callbacks = member.parameters[0]?.type;
      const face =
        callbacks && ts.isTypeReferenceNode(callbacks) && ts.isIdentifier(callbacks.typeName)
          ? reader.callbacksOf(callbacks.typeName.text)
          : undefined;
      if (!face) {
        return fail(member, `\`${name}.${memberName}\` registers callbacks without a callbacks interface parameter`);
      }
      for (const [, call] of registrations as [string, ts.CallExpression][]) {
        events.push(readEvent(reader, call, face, wireName(call, memberName)));
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
  { fail, readField, readType, isVoid }: FileReader,
  node: ts.MethodDeclaration,
  kind: 'invoke' | 'stream',
  call: ts.CallExpression,
  wire: string,
): HubMethod {
  const member = (node.name as ts.Identifier).text;
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
    (ts.isTypeReferenceNode(result) && ts.isIdentifier(result.typeName) && isVoid(result.typeName.text));
  return {
    kind,
    name: wire,
    member,
    params,
    result: nothing ? undefined : readType(result, `the result of \`${owner}\``),
  };
}

function readEvent(
  { fail, readField }: FileReader,
  call: ts.CallExpression,
  face: ts.InterfaceDeclaration,
  wire: string,
): HubEvent {
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
