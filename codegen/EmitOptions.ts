/** What the emitters need besides the contract. */
export interface EmitOptions {
  /** The comment every generated file starts with: that it is generated, from what, and by which command. */
  readonly header: string;
  /** Where a generated file at `path` (under the output folder) imports rxhub's helpers from. */
  readonly runtimeFrom: (path: string) => string;
  /** A summary per type name, for the types the vendor leaves undocumented. */
  readonly docs: Readonly<Record<string, string>>;
}
