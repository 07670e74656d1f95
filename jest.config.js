/** The same swc transform for both projects, the one `npm start` compiles with (scripts/swc-options.js). */
const transform = { '^.+\\.ts$': ['@swc/jest', require('./scripts/swc-options')] };

// Two projects, both run by `npm test`:
//   unit         tests beside the code (src/**/*.test.ts): pure functions, no database, no server;
//                `npm run test:unit` runs only these, in seconds.
//   integration  behaviour through the HTTP API (test/**/*.test.ts), each file on a copy of a
//                migrated template database that the global setup makes once per run.
// A project's global setup runs only when one of its tests is selected, so unit runs never start a database.
/** @type {import('jest').Config} */
module.exports = {
  maxWorkers: 2,
  // A global option: jest reads the timeout from the run's config, not from a project's.
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/src'],
      testMatch: ['**/*.test.ts'],
      transform,
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      transform,
      globalSetup: '<rootDir>/test/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
      setupFiles: ['reflect-metadata'],
    },
  ],
};
