/** Jest runs the TypeScript sources through ts-jest as CommonJS (the bundle build uses ESM-style
 * dynamic imports so ncc can split lazy chunks; tests do not need that). */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        tsconfig: {
          module: 'commonjs',
          moduleResolution: 'node10',
          target: 'ES2023',
          esModuleInterop: true,
          resolveJsonModule: true,
          isolatedModules: true
        }
      }
    ]
  },
  setupFilesAfterEnv: ['<rootDir>/test/helpers/assertions.ts'],
  globalSetup: '<rootDir>/test/helpers/globalSetup.ts',
  globalTeardown: '<rootDir>/test/helpers/globalTeardown.ts',
  testTimeout: 120000,
  maxWorkers: 2,
  verbose: true
};
