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
    ],
    // The STS client's endpoint ruleset, which eksTokenEndpoint.ts imports as the package's ESM
    // files (the bundler tree-shakes them); jest runs CommonJS, so they are compiled like sources.
    '/node_modules/@aws-sdk/client-sts/dist-es/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2023', isolatedModules: true } }
    ]
  },
  transformIgnorePatterns: ['/node_modules/(?!@aws-sdk/client-sts/dist-es/)'],
  setupFilesAfterEnv: ['<rootDir>/test/helpers/assertions.ts'],
  globalSetup: '<rootDir>/test/helpers/globalSetup.ts',
  globalTeardown: '<rootDir>/test/helpers/globalTeardown.ts',
  testTimeout: 120000,
  maxWorkers: 2,
  verbose: true
};
