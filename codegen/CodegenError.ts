/**
 * A shape of the vendor's file that rxhub-codegen does not read, or a file it cannot read. The message starts with
 * `file:line:column`, as compilers do, so that editors link to the place.
 */
export class CodegenError extends Error {
  override readonly name = 'CodegenError';

  constructor(
    /** The file, as named on the command line. */
    readonly file: string,
    /** 1-based. */
    readonly line: number,
    /** 1-based. */
    readonly column: number,
    /** What is wrong there. */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}:${line}:${column}: ${reason}`, options);
  }
}
