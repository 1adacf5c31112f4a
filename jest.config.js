const { createCjsPreset } = require('jest-preset-angular/presets');
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

/** @type {import('jest').Config} */
const shared = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  moduleNameMapper: {
    // `rxhub`, `rxhub/operators`, ...: each entry point's source, from tsconfig.json's paths (their one list).
    ...pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
};

/**
 * A jest project of Angular specs, set up by `test/angular/setup/${setup}.ts`: Angular's test environment
 * `zoneless` or with `zone` (zone.js), or `server` for server renders.
 */
function angular(displayName, setup, testMatch, testPathIgnorePatterns) {
  return {
    ...createCjsPreset({ tsconfig: '<rootDir>/test/angular/tsconfig.json' }),
    displayName,
    testMatch,
    testPathIgnorePatterns,
    moduleNameMapper: shared.moduleNameMapper,
    setupFilesAfterEnv: [`<rootDir>/test/angular/setup/${setup}.ts`],
  };
}

/** @type {import('jest').Config} */
const unit = {
  ...shared,
  displayName: 'unit',
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  testPathIgnorePatterns: [
    '<rootDir>/test/functional/',
    '<rootDir>/test/reliability/',
    '<rootDir>/test/simulator/',
    '<rootDir>/test/e2e/',
    '<rootDir>/test/angular/',
  ],
};

/** @type {import('jest').Config} */
module.exports = {
  // Functional specs share one simulator and its admin endpoints: one worker keeps them apart.
  maxWorkers: 1,
  // Functional specs bound each wait themselves; this is the outer bound of one spec.
  testTimeout: 30000,
  projects: [
    unit,
    // The unit specs again in zones other than UTC, one ahead of it and one behind, so that no code can read a
    // wire time, or build a window, in the machine's zone and still pass: the machines of CI and of most
    // developers here run in UTC, where that mistake cannot be seen. test/support/TimeZoneEnvironment.spec.ts
    // checks that each project's specs do run in its zone.
    ...['Asia/Kolkata', 'America/New_York'].map((timeZone) => ({
      ...unit,
      displayName: `unit (${timeZone})`,
      testEnvironment: '<rootDir>/test/support/TimeZoneEnvironment.ts',
      testEnvironmentOptions: { timeZone },
    })),
    {
      ...shared,
      displayName: 'functional',
      testMatch: ['<rootDir>/test/functional/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/support/globalSetup.ts',
      globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
    },
    {
      // The promises under stress, on loopback (docs/reliability.md). Bounded here; `npm run test:reliability` sets
      // RXHUB_RELIABILITY=full. Specs that need a simulator of their own (restart, special args) start one.
      ...shared,
      displayName: 'reliability',
      testMatch: ['<rootDir>/test/reliability/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/support/globalSetup.ts',
      globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
    },
    // rxhub/angular under Angular's TestBed in jsdom (jest-preset-angular compiles Angular's ES modules for jest):
    // zoneless, as Angular apps are by default, and with zone.js for the specs named *.zone.spec.ts.
    angular('angular', 'zoneless', ['<rootDir>/test/angular/**/*.spec.ts'], ['\\.(zone|server)\\.spec\\.ts$']),
    angular('angular-zone', 'zone', ['<rootDir>/test/angular/**/*.zone.spec.ts'], []),
    {
      // Server renders (@angular/platform-server) in Node, for the specs named *.server.spec.ts: a project of their
      // own, since Angular keeps the first DOM adapter a process sets, and TestBed's would be the browser's.
      ...angular('angular-server', 'server', ['<rootDir>/test/angular/**/*.server.spec.ts'], []),
      testEnvironment: 'node',
      moduleNameMapper: {
        ...shared.moduleNameMapper,
        // platform-server's import of its server DOM, as jest-preset-angular compiles it: see the module mapped to.
        '^\\.\\./third_party/domino/bundled-domino\\.mjs$': '<rootDir>/test/angular/setup/domino.js',
      },
    },
    {
      // Examples in headless Chromium (Debian's /usr/bin/chromium). Each spec starts its own simulator.
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.spec.ts'],
    },
  ],
};
