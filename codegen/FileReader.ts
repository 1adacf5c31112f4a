import type * as ts from 'typescript';
import type { Field, TypeRef } from './VendorContract';

/** What reading one part of the vendor's file needs of the whole: its errors, its types and its declarations. */
export interface FileReader {
  /** Throws a `CodegenError` at `node`. */
  readonly fail: (node: ts.Node, reason: string) => never;
  /** The type of a field, parameter or result; `what` names it in errors. */
  readonly readType: (node: ts.TypeNode, what: string) => TypeRef;
  /** A field of a data interface, or a parameter of a method or callback; `owner` names it in errors. */
  readonly readField: (node: ts.TypeElement | ts.ParameterDeclaration, owner: string) => Field;
  /** The callbacks interface (only methods) of that name, if the file declares one. */
  readonly callbacksOf: (name: string) => ts.InterfaceDeclaration | undefined;
  /** Whether `name` is the file's `Void`, an empty interface that stands for no value. */
  readonly isVoid: (name: string) => boolean;
}
