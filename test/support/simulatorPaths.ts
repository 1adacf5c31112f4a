import { join, resolve } from 'node:path';

/** Where the simulator's project and its Release build live, from the repository root. */
export const simulatorPaths = (() => {
  const root = resolve(__dirname, '..', '..');
  const project = join(root, 'test', 'simulator');
  return {
    root,
    project,
    dll: join(project, 'bin', 'Release', 'net10.0', 'Simulator.dll'),
  };
})();
