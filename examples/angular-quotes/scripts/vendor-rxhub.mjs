// Puts rxhub, as `npm pack` would publish it, in vendor/node_modules/rxhub: the folder behind this example's
// `"rxhub": "file:vendor/node_modules/rxhub"` (npm links node_modules/rxhub to it).
//
// Builds the library first (`npm run build` at the repository root) when its dist/ is missing or older than its
// sources. The unpacked package has no node_modules of its own, so its imports of rxjs, @microsoft/signalr and io-ts
// resolve to this example's node_modules: the app bundles one copy of each. The `node_modules` in the path keeps
// git, jest, eslint and prettier from taking the copy for the project's own source.
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
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const example = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(example, '../..');
const target = join(example, 'vendor/node_modules/rxhub');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The newest modification time of the files under `dir`, in ms (0 when there is none). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return latest;
}

const built = join(root, 'dist/esm/src/index.js');
const sources = Math.max(
  newest(join(root, 'src')),
  newest(join(root, 'operators')),
  newest(join(root, 'angular')),
  statSync(join(root, 'package.json')).mtimeMs,
);
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  console.log('vendor-rxhub: building rxhub (npm run build at the repository root)');
  execFileSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

const scratch = mkdtempSync(join(tmpdir(), 'rxhub-pack-'));
try {
  const [packed] = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' }),
  );
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', join(scratch, packed.filename), '-C', target, '--strip-components=1']);
  // npm installs a linked folder's devDependencies as if it were a project of its own, and records them in the
  // lock; a consumer of the published package never gets them. Dropping them keeps the example's lock independent
  // of the library's tooling.
  const manifest = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8'));
  delete manifest.devDependencies;
  writeFileSync(join(target, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  console.log(`vendor-rxhub: ${packed.id} (${packed.entryCount} files) in ${target}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
