/** What rxhub-codegen reads from a vendor's interface file: its hubs and the data they carry. */
export interface VendorContract {
  /** The file, as named on the command line. */
  readonly file: string;
  readonly hubs: readonly Hub[];
  /** The data interfaces and enums, in the file's order. */
  readonly types: readonly DataType[];
}

/** A hub class: the methods it invokes and streams, and the events its callbacks interface receives. */
export interface Hub {
  /** The class name, e.g. `MT4Hub`. */
  readonly name: string;
  readonly methods: readonly HubMethod[];
  readonly events: readonly HubEvent[];
}

/** `connection.invoke('Name', ...)` (a result) or `connection.stream('Name', ...)` (items). */
export interface HubMethod {
  readonly kind: 'invoke' | 'stream';
  /** The name on the wire, e.g. `SubscribeToTicks`. */
  readonly name: string;
  /** The class method's name, e.g. `subscribeToTicks`. */
  readonly member: string;
  readonly params: readonly Field[];
  /** The result of an invocation or an item of a stream; `undefined` when the method gives nothing (`void`). */
  readonly result: TypeRef | undefined;
}

/** `connection.on('Name', (...) => implementation.member(...))`, typed by the callbacks interface. */
export interface HubEvent {
  /** The name on the wire, e.g. `OnTick`. */
  readonly name: string;
  /** The callback's name in the callbacks interface, e.g. `onTick`. */
  readonly member: string;
  readonly params: readonly Field[];
}

export type DataType = DataInterface | DataEnum;

/** An interface of data: its fields, after those of the interfaces it extends. */
export interface DataInterface {
  readonly kind: 'interface';
  readonly name: string;
  readonly bases: readonly string[];
  /** Its own fields, in the file's order. */
  readonly fields: readonly Field[];
  readonly doc: string | undefined;
}

/** A string enum: each member's wire value. */
export interface DataEnum {
  readonly kind: 'enum';
  readonly name: string;
  readonly values: readonly string[];
  readonly doc: string | undefined;
}

/** A field of an interface, or a parameter of a method or a callback. */
export interface Field {
  readonly name: string;
  readonly type: TypeRef;
  /** Declared with `?`: may be absent. */
  readonly optional: boolean;
  readonly doc: string | undefined;
}

/** The type of a field, in the terms the codecs need. */
export type TypeRef =
  | { readonly kind: 'string' | 'number' | 'boolean' | 'unknown' | 'date' }
  | { readonly kind: 'named'; readonly name: string }
  | { readonly kind: 'array'; readonly item: TypeRef }
  /** `T | undefined` (or `| null`): System.Text.Json sends null for a reference type. */
  | { readonly kind: 'nullable'; readonly type: TypeRef };
