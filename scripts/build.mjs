// Builds dist/esm (ES modules) and dist/cjs (CommonJS) with the TypeScript compiler, each with its own declarations,
// so that every resolver reads types of the format it loads: dist/esm's package.json says "type": "module", which
// makes its .d.ts files ES module declarations. Then checks that every entry point loads in both formats.
//
// The entry points are tsconfig.json's `rxhub...` paths, the one table of them: the project's own code, specs and
// doc samples resolve `rxhub/...` through it, and this script writes package.json's `exports`, `typesVersions`,
// `main`, `module` and `types` from it. Adding an entry point is one line there; `npm run build` then updates
// package.json (in CI, where package.json must be committed up to date, it fails instead).
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const ts = require('typescript');

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const { config, error } = ts.readConfigFile('tsconfig.json', ts.sys.readFile);
if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));

/** Each entry point: its subpath in `exports` ('.', './operators') and its source without extension. */
const entries = Object.entries(config.compilerOptions.paths)
  .filter(([name]) => name === pkg.name || name.startsWith(`${pkg.name}/`))
  .map(([name, [source]]) => ({
    subpath: `.${name.slice(pkg.name.length)}`,
    source: source.replace(/^\.\//, '').replace(/\.ts$/, ''),
  }));
const root = entries.find((entry) => entry.subpath === '.');
if (!root) throw new Error(`tsconfig.json: paths has no "${pkg.name}" entry`);

const file = (format, source, extension) => `./dist/${format}/${source}${extension}`;
const generated = {
  main: file('cjs', root.source, '.js'),
  module: file('esm', root.source, '.js'),
  types: file('cjs', root.source, '.d.ts'),
  exports: {
    ...Object.fromEntries(
      entries.map(({ subpath, source }) => [
        subpath,
        {
          import: { types: file('esm', source, '.d.ts'), default: file('esm', source, '.js') },
          require: { types: file('cjs', source, '.d.ts'), default: file('cjs', source, '.js') },
        },
      ]),
    ),
    './package.json': './package.json',
  },
  // TypeScript's node10 resolution knows no `exports`: this maps `rxhub/operators` to its declarations there.
  typesVersions: {
    '*': Object.fromEntries(
      entries
        .filter(({ subpath }) => subpath !== '.')
        .map(({ subpath, source }) => [subpath.slice(2), [file('cjs', source, '.d.ts')]]),
    ),
  },
};
const updated = { ...pkg, ...generated };
if (JSON.stringify(updated) !== JSON.stringify(pkg)) {
  if (process.env.CI)
    throw new Error('package.json does not match the entry points: run `npm run build` and commit it');
  writeFileSync('package.json', JSON.stringify(updated, null, 2) + '\n');
  console.log(`package.json: exports written for ${entries.map(({ subpath }) => subpath).join(', ')}`);
}

// The compiler starts from the entry points and emits what they reach, wherever their folders are: a project that
// extends tsconfig.build.json with them as its files, for the time of the build.
const project = mkdtempSync(join(tmpdir(), 'rxhub-build-'));
writeFileSync(
  join(project, 'tsconfig.json'),
  JSON.stringify({
    extends: resolve('tsconfig.build.json'),
    files: entries.map(({ source }) => resolve(`${source}.ts`)),
    include: [],
  }),
);
const tsc = (...args) =>
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project, ...args], { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
try {
  tsc('--module', 'ESNext', '--moduleResolution', 'Bundler', '--outDir', 'dist/esm');
  tsc('--module', 'CommonJS', '--moduleResolution', 'Node10', '--outDir', 'dist/cjs');
} finally {
  rmSync(project, { recursive: true, force: true });
}
// package.json's bins (rxhub-codegen): Node programs, in CommonJS only, with Node's types, which the library has not.
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'codegen/tsconfig.build.json'], {
  stdio: 'inherit',
});
for (const [dir, type] of [
  ['dist/esm', 'module'],
  ['dist/cjs', 'commonjs'],
]) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/package.json`, JSON.stringify({ type, sideEffects: false }) + '\n');
}

// Node's ES module loader, and TypeScript reading ES module declarations, want full paths: './core/RxHub' becomes
// './core/RxHub.js' in dist/esm, in code and declarations alike.
for (const name of readdirSync('dist/esm', { recursive: true, encoding: 'utf8' })) {
  if (!name.endsWith('.js') && !name.endsWith('.d.ts')) continue;
  const path = join('dist/esm', name);
  const source = readFileSync(path, 'utf8').replace(
    /(from\s+|import\s*\(\s*)(['"])(\.{1,2}\/[^'"]*)\2/g,
    (all, lead, quote, specifier) => {
      const target = resolve(dirname(path), specifier);
      if (existsSync(`${target}.js`)) return `${lead}${quote}${specifier}.js${quote}`;
      if (existsSync(target) && statSync(target).isDirectory()) return `${lead}${quote}${specifier}/index.js${quote}`;
      return all;
    },
  );
  writeFileSync(path, source);
}

for (const [entry, targets] of Object.entries(generated.exports)) {
  if (typeof targets === 'string') continue;
  const cjs = Object.keys(require(resolve(targets.require.default)));
  const esm = Object.keys(await import(pathToFileURL(resolve(targets.import.default)).href));
  if (cjs.length === 0 || esm.length !== cjs.length)
    throw new Error(`entry ${entry}: ${esm.length} ESM and ${cjs.length} CJS exports`);
  console.log(`entry ${entry}: ${esm.length} exports in ESM and CommonJS`);
}
for (const [name, bin] of Object.entries(pkg.bin ?? {})) {
  execFileSync(process.execPath, [bin, '--help'], { stdio: 'ignore' });
  console.log(`bin ${name}: ${bin} runs`);
}
console.log('built dist/esm and dist/cjs, each with its declarations');
