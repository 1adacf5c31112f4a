// Builds dist/esm (ES modules), dist/cjs (CommonJS) and dist/types (declarations) with the TypeScript compiler.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

const tsc = (...args) => execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', ...args], { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
tsc('--module', 'ESNext', '--moduleResolution', 'Bundler', '--outDir', 'dist/esm');
tsc('--module', 'CommonJS', '--moduleResolution', 'Node10', '--outDir', 'dist/cjs');
tsc('--declaration', '--emitDeclarationOnly', '--outDir', 'dist/types');
for (const [dir, type] of [['dist/esm', 'module'], ['dist/cjs', 'commonjs']]) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/package.json`, JSON.stringify({ type, sideEffects: false }) + '\n');
}
console.log('built dist/esm, dist/cjs and dist/types');
