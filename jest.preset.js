// Shared Jest settings for every project in the monorepo.
// Workspace libraries are mapped to their TypeScript sources, so tests never need a build.
const path = require('node:path');
const { TEST_TIMEOUT_MS } = require('./tools/testing/test-timeout');

const root = __dirname;

/** @param {string} projectDir @param {string} displayName */
module.exports = function preset(projectDir, displayName) {
  return {
    displayName,
    rootDir: projectDir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/**/*.spec.ts'],
    testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    transform: {
      '^.+\\.(t|j)s$': ['@swc/jest', { swcrc: false, ...require(path.join(root, 'tools/testing/swc-jest.config.js')) }],
    },
    moduleNameMapper: {
      '^@jejak/([a-z-]+)/(.+)$': path.join(root, 'libs/$1/src/$2'),
      '^@jejak/([a-z-]+)$': path.join(root, 'libs/$1/src/index.ts'),
    },
    // Counts only when this project's config is run on its own; the root config sets the same for the full run.
    testTimeout: TEST_TIMEOUT_MS,
    setupFiles: [path.join(root, 'tools/testing/jest-setup-env.js')],
  };
};
