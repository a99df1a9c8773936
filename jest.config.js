// Jest runs the TypeScript sources as native ES modules (NODE_OPTIONS=--experimental-vm-modules).
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // The sample projects' own tests are theirs: the gate runs them, jest does not.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/projects/'],
  globalSetup: '<rootDir>/jest.global-setup.js',
  testTimeout: 60000,
  verbose: false,
}
