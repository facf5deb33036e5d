/**
 * Two tiers: `unit` (pure domain, no Strapi) and `api` (boots Strapi once per run, talks HTTP); `reliability`, the
 * bad-input corpus, talks HTTP to the same server.
 */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json', diagnostics: false }];

module.exports = {
  testTimeout: 60000,
  testSequencer: '<rootDir>/tests/sequencer.js',
  rootDir: __dirname,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
    {
      displayName: 'api',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/tests/api/**/*.test.api.ts', '<rootDir>/tests/e2e/**/*.test.e2e.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
      globalSetup: '<rootDir>/tests/api/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/api/support/global-teardown.ts',
    },
    {
      // the bad-input corpus (tests/reliability): boots Strapi like the API tests and runs in the same process
      displayName: 'reliability',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/tests/reliability/**/*.test.rel.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
      globalSetup: '<rootDir>/tests/api/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/api/support/global-teardown.ts',
    },
  ],
};
