#!/usr/bin/env node
// rxhub-codegen: see `rxhub-codegen --help`. The generator loads typescript and prettier, optional peer dependencies
// of rxhub: say so plainly when one is missing.
import('./run').then(
  ({ run }) => run(process.argv.slice(2)).then((code) => (process.exitCode = code)),
  (error: NodeJS.ErrnoException) => {
    const missing = /Cannot find (?:module|package) '(typescript|prettier)'/.exec(error.message)?.[1];
    if (!missing) throw error;
    console.error(`rxhub-codegen needs the ${missing} package: npm install --save-dev typescript prettier`);
    process.exitCode = 1;
  },
);
