import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { CodegenError } from './CodegenError';
import { formatFiles } from './formatFiles';
import { generate, GENERATED } from './generate';

/** `rxhub-codegen --help`. */
export const USAGE = `Usage: rxhub-codegen <file.ts> --out <dir> [--docs <file.json>] [--runtime <module>] [--check]

Reads a vendor's SignalR interface file (hub classes calling connection.invoke / connection.stream, callbacks
interfaces registered with connection.on, data interfaces and string enums) and writes an io-ts codec per data
type to <dir>/codecs/<Type>.ts and a contract per hub class to <dir>/contracts/<Hub>Contract.ts. Generated files
start with a header; files of a former run that the interface no longer has are removed.

Options:
  --out <dir>         The output folder.
  --docs <file.json>  A one-line summary per type name, for types the vendor leaves undocumented.
  --runtime <module>  Where generated files import DateTime, nullable and defineContract from: a package
                      (default: rxhub), or a path starting with "." to a module exporting them.
  --check             Write nothing; exit 1 naming each file that differs (and its first different line), is
                      missing, or is no longer generated.
  --help              This text.

Needs the typescript and prettier packages (optional peer dependencies of rxhub).`;

/** Where `run` writes. */
export interface Output {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const console_: Output = { out: (line) => console.log(line), err: (line) => console.error(line) };

/**
 * The command line of rxhub-codegen.
 *
 * @param args The arguments after the program's name.
 * @return The exit code: 0 done, 1 a check found differences or the interface has a shape it does not read, 2 a bad
 * command line.
 */
export async function run(args: readonly string[], output: Output = console_): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        docs: { type: 'string' },
        runtime: { type: 'string' },
        check: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    return usageError(output, (error as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    output.out(USAGE);
    return 0;
  }
  if (positionals.length !== 1) return usageError(output, 'expected one interface file');
  if (values.out === undefined) return usageError(output, 'missing --out <dir>');

  const [input] = positionals;
  const out = values.out;
  const command = ['rxhub-codegen', ...args.filter((arg) => arg !== '--check')].join(' ');
  let files;
  try {
    files = generate({ input, out, docs: values.docs, runtime: values.runtime, command });
  } catch (error) {
    if (!(error instanceof CodegenError) && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    output.err(`rxhub-codegen: ${(error as Error).message}`);
    return 1;
  }

  files = await formatFiles(files, out);
  const wanted = new Map(files.map((file) => [join(out, file.path), file.text]));
  const stale = generatedFiles(out).filter((path) => !wanted.has(path));
  if (values.check) {
    const differences = [
      ...[...wanted].flatMap(([path, text]) => {
        const found = readOrUndefined(path);
        return found === text
          ? []
          : [found === undefined ? `${path} is missing` : `${path}:${firstDifference(found, text)}: differs`];
      }),
      ...stale.map((path) => `${path} is no longer generated`),
    ];
    for (const line of differences) output.err(line);
    if (differences.length === 0) return 0;
    output.err(`rxhub-codegen: ${differences.length} generated file(s) out of date; regenerate with: ${command}`);
    return 1;
  }
  for (const [path, text] of wanted) {
    mkdirSync(dirname(path), { recursive: true });
    if (readOrUndefined(path) !== text) writeFileSync(path, text);
  }
  for (const path of stale) rmSync(path);
  output.out(`rxhub-codegen: ${wanted.size} files in ${out}${stale.length ? `, ${stale.length} removed` : ''}`);
  return 0;
}

function usageError(output: Output, message: string): number {
  output.err(`rxhub-codegen: ${message}\n${USAGE}`);
  return 2;
}

/** The files under `out` that a former run generated. */
function generatedFiles(out: string): string[] {
  let names: string[];
  try {
    names = readdirSync(out, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .map((name) => join(out, name))
    .filter((path) => path.endsWith('.ts') && readOrUndefined(path)?.startsWith(GENERATED));
}

/** The first line (1-based) where two texts differ. */
function firstDifference(a: string, b: string): number {
  const as = a.split('\n');
  const bs = b.split('\n');
  let line = 0;
  while (line < as.length && as[line] === bs[line]) line++;
  return line + 1;
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
