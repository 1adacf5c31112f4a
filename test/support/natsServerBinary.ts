import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BINARY = '/usr/bin/nats-server';
const SBIN = '/usr/sbin/nats-server';

/**
 * The path of Debian's `nats-server`, installed with apt first when it is missing and this process runs as root (as
 * `.ci/run` installs it); otherwise a missing server is an error that says how to install it.
 */
export function natsServerBinary(): string {
  const found = [BINARY, SBIN].find((path) => existsSync(path));
  if (found) return found;
  if (process.getuid?.() !== 0)
    throw new Error('nats-server is not installed: run `sudo apt-get install nats-server` (Debian) and try again');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'nats-server'], { env, stdio: 'ignore' });
  const installed = [BINARY, SBIN].find((path) => existsSync(path));
  if (!installed) throw new Error('apt-get installed nats-server, but neither /usr/bin nor /usr/sbin holds it');
  return installed;
}
