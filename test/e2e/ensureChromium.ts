import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The path of Debian's Chromium, installing the `chromium` package first when it is missing and this process may
 * (root, with apt-get): the README's test command needs no step by hand. Elsewhere it fails with what to run.
 */
export function ensureChromium(path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'): string {
  if (existsSync(path)) return path;
  const root = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (root && !process.env.CHROMIUM_PATH) {
    process.stderr.write("e2e: installing Debian's chromium package (apt-get), once\n");
    const apt = (...args: string[]): void => {
      execFileSync('apt-get', args, {
        stdio: ['ignore', 'ignore', 'inherit'],
        timeout: 600_000,
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    };
    apt('update');
    apt('install', '-y', '--no-install-recommends', 'chromium');
    if (existsSync(path)) return path;
  }
  throw new Error(
    `Chromium was not found at ${path}. Install Debian's package: \`apt-get update && apt-get install -y chromium\` ` +
      '(or set CHROMIUM_PATH). Playwright never downloads a browser here.',
  );
}
