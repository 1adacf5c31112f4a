/** A file rxhub-codegen writes: its path under the output folder, and its content. */
export interface GeneratedFile {
  /** Relative to the output folder, with `/` separators, e.g. `codecs/Tick.ts`. */
  readonly path: string;
  readonly text: string;
}
