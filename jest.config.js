// Jest runs the TypeScript sources as native ES modules (NODE_OPTIONS=--experimental-vm-modules).
// Two projects: `unit` (pure code, the repository's own node_modules, python3 and git; seconds, no network)
// and `e2e` (the built action and CLI with real tools, installers and servers on loopback).
const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  // The sample projects' own tests are theirs: the gate runs them, jest does not.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/projects/'],
}

/** @type {import('jest').Config} */
export default {
  // Every test's temporary files go under one folder, removed when the run ends.
  globalSetup: '<rootDir>/jest.global-setup.js',
  globalTeardown: '<rootDir>/jest.global-teardown.js',
  testTimeout: 60000,
  verbose: false,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: [...shared.testPathIgnorePatterns, '/e2e-[^/]*\\.test\\.ts$'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/__tests__/**/e2e-*.test.ts'],
      // The runner's Node.js (node24) for running dist/ as the runner does.
      globalSetup: '<rootDir>/jest.e2e-setup.js',
    },
  ],
}
