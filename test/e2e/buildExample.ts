import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');

/** Where an example lives and where its build puts the browser files. */
export function examplePaths(name: string): { readonly dir: string; readonly browser: string } {
  const dir = join(root, 'examples', name);
  return { dir, browser: join(dir, 'dist', name, 'browser') };
}

/**
 * Builds an Angular example (`npm run build` in it: rxhub packed into its dist/rxhub, then `ng build`) unless its
 * output is newer than every source: the example's own and the library's. Resolves to the browser folder.
 * Installs the example's dependencies first (`npm ci`) when they are missing.
 */
export async function buildExample(name: string, timeoutMs = 300_000): Promise<string> {
  const { dir, browser } = examplePaths(name);
  await install(dir, timeoutMs);
  const index = join(browser, 'index.html');
  const sources = Math.max(
    newest(join(dir, 'src')),
    newest(join(dir, 'scripts')),
    ...['angular.json', 'tsconfig.json', 'package.json', 'package-lock.json'].map((file) => mtime(join(dir, file))),
    newest(join(root, 'src')),
    newest(join(root, 'operators')),
    newest(join(root, 'angular')),
    mtime(join(root, 'package.json')),
  );
  if (mtime(index) > sources) return browser;
  await npm(dir, ['run', 'build'], timeoutMs);
  if (!existsSync(index)) throw new Error(`npm run build in examples/${name} wrote no ${index}`);
  return browser;
}

/**
 * Runs an Angular example's own unit tests (`npm test` in it: rxhub packed into it, then `ng test` with Vitest),
 * installing its dependencies first when they are missing. Resolves to the runner's output; fails with it.
 */
export async function testExample(name: string, timeoutMs = 300_000): Promise<string> {
  const { dir } = examplePaths(name);
  await install(dir, timeoutMs);
  return npm(dir, ['test'], timeoutMs);
}

/** Installs an example's dependencies (`npm ci`) unless they are there: what its own npm scripts need first. */
export async function installExample(name: string, timeoutMs = 300_000): Promise<void> {
  await install(examplePaths(name).dir, timeoutMs);
}

async function install(dir: string, timeoutMs: number): Promise<void> {
  if (!existsSync(join(dir, 'node_modules', 'vitest'))) await npm(dir, ['ci', '--no-audit', '--no-fund'], timeoutMs);
}

/** Runs npm in an example's folder, resolving to its output and failing with it. */
function npm(dir: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise<string>((done, fail) => {
    execFile(
      process.platform === 'win32' ? 'npm.cmd' : 'npm',
      args,
      { cwd: dir, env: { ...process.env, NG_CLI_ANALYTICS: 'false' }, timeout: timeoutMs, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error ? fail(new Error(`npm ${args.join(' ')} in ${dir} failed:\n${stdout}${stderr}`.trim())) : done(stdout),
    );
  });
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : mtime(path));
  }
  return latest;
}
