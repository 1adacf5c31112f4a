import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dotnetEnv } from './dotnetEnv';
import { simulatorPaths } from './simulatorPaths';

let building: Promise<string> | undefined;

/**
 * Builds the simulator (`dotnet build test/simulator -c Release`) once per process and resolves to the path of its
 * dll. Skips the build when the dll is newer than every source file. Rejects with a clear message when the .NET SDK
 * is missing or the build fails.
 */
export function buildSimulator(options: { readonly force?: boolean } = {}): Promise<string> {
  if (options.force) building = undefined;
  building ??= build(options.force ?? false);
  return building;
}

async function build(force: boolean): Promise<string> {
  const { project, dll } = simulatorPaths;
  if (!force && isUpToDate(project, dll)) return dll;
  await new Promise<void>((resolve, reject) => {
    execFile(
      'dotnet',
      ['build', project, '-c', 'Release', '-nologo', '-v', 'q', '-clp:ErrorsOnly'],
      { env: dotnetEnv(), maxBuffer: 16 * 1024 * 1024, timeout: 300_000 },
      (error, stdout, stderr) => {
        if (!error) return resolve();
        if ((error as NodeJS.ErrnoException).code === 'ENOENT')
          return reject(
            new Error('dotnet was not found on PATH: the simulator needs the .NET SDK 10 (https://dot.net)'),
          );
        reject(new Error(`dotnet build test/simulator failed:\n${stdout}${stderr}`.trim()));
      },
    );
  });
  return dll;
}

function isUpToDate(project: string, dll: string): boolean {
  let built: number;
  try {
    built = statSync(dll).mtimeMs;
  } catch {
    return false;
  }
  return newestSource(project) < built;
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name !== 'bin' && entry.name !== 'obj') newest = Math.max(newest, newestSource(join(dir, entry.name)));
    } else if (/\.(cs|csproj|json)$/.test(entry.name)) {
      newest = Math.max(newest, statSync(join(dir, entry.name)).mtimeMs);
    }
  }
  return newest;
}
