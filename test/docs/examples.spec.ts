import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const out = join(root, '.docs-check');

/** Every file below `dir` (relative to the root) whose name ends with one of `endings`. */
function files(dir: string, endings: string[]): string[] {
  const path = join(root, dir);
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((name) => endings.some((ending) => name.endsWith(ending)))
    .map((name) => join(dir, name));
}

/** The ```ts blocks of a Markdown file, or of the JSDoc comments of a source file. */
function examples(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const source = file.endsWith('.md') ? text : text.replace(/^\s*\* ?/gm, '');
  return [...source.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]);
}

describe('documentation examples', () => {
  const sources = [
    'README.md',
    ...files('docs', ['.md']),
    ...files('examples', ['README.md']).filter((file) => !/node_modules|dist/.test(file)),
    ...files('src', ['.ts']),
    ...files('operators', ['.ts']),
    ...files('angular', ['.ts']),
    ...files('nats', ['.ts']),
    ...files('msgpack', ['.ts']),
  ];
  const blocks = sources.flatMap((file) => examples(file).map((code, index) => ({ file, index, code })));

  it('finds the examples', () => {
    expect(blocks.length).toBeGreaterThan(20);
  });

  it.each(['test/docs/testing-guide.spec.ts', 'test/angular/testing-guide.spec.ts'])(
    "quotes the testing guide's spec %s verbatim, so the guide runs as a spec",
    (path) => {
      const spec = readFileSync(join(root, path), 'utf8').split('\n').slice(1).join('\n');
      expect(examples('docs/testing.md')).toContain(spec);
    },
  );

  it('type-checks every example against the public API, and the whole project', () => {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out);
    const names = blocks.map(({ file, index, code }) => {
      const name = `${file.replace(/[^A-Za-z0-9]+/g, '_')}_${index}.ts`;
      writeFileSync(join(out, name), `${code}\nexport {};\n`);
      return name;
    });
    // One compiler run checks the examples and the whole project (ts-jest only transpiles).
    const project = (JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as { include: string[] }).include;
    writeFileSync(
      join(out, 'tsconfig.json'),
      JSON.stringify({
        extends: '../tsconfig.json',
        compilerOptions: { noUnusedLocals: false },
        include: [...names, ...project.map((path) => `../${path}`)],
      }),
    );
    let report = '';
    try {
      execFileSync(
        process.execPath,
        [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(out, 'tsconfig.json')],
        {
          cwd: root,
          encoding: 'utf8',
        },
      );
    } catch (error) {
      report = String((error as { stdout?: string }).stdout ?? error);
    }
    const located = report.replace(/\.docs-check\/(\S+?)_(\d+)\.ts/g, (_match, name: string, index: string) => {
      const block = blocks.find(
        (b) => `${b.file.replace(/[^A-Za-z0-9]+/g, '_')}` === name && String(b.index) === index,
      );
      return block ? `${block.file} (example ${Number(index) + 1})` : `${name} #${index}`;
    });
    expect(located).toBe('');
  }, 120_000);
});
