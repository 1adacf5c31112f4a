// Builds dist/esm (ES modules), dist/cjs (CommonJS) and dist/types (declarations) with the TypeScript compiler,
// then checks that every entry point loads in both formats.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const tsc = (...args) =>
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', ...args], {
    stdio: 'inherit',
  });

rmSync('dist', { recursive: true, force: true });
tsc('--module', 'ESNext', '--moduleResolution', 'Bundler', '--outDir', 'dist/esm');
tsc('--module', 'CommonJS', '--moduleResolution', 'Node10', '--outDir', 'dist/cjs');
tsc('--declaration', '--emitDeclarationOnly', '--outDir', 'dist/types');
for (const [dir, type] of [
  ['dist/esm', 'module'],
  ['dist/cjs', 'commonjs'],
]) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/package.json`, JSON.stringify({ type, sideEffects: false }) + '\n');
}

// Node's ES module loader wants full paths: './core/RxHub' becomes './core/RxHub.js' in dist/esm.
for (const file of readdirSync('dist/esm', { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.js')) continue;
  const path = join('dist/esm', file);
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

const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
const require = createRequire(import.meta.url);
for (const [entry, targets] of Object.entries(exports)) {
  if (typeof targets === 'string') continue;
  const cjs = Object.keys(require(resolve(targets.require)));
  const esm = Object.keys(await import(pathToFileURL(resolve(targets.import)).href));
  if (cjs.length === 0 || esm.length !== cjs.length)
    throw new Error(`entry ${entry}: ${esm.length} ESM and ${cjs.length} CJS exports`);
  console.log(`entry ${entry}: ${esm.length} exports in ESM and CommonJS`);
}
console.log('built dist/esm, dist/cjs and dist/types');
