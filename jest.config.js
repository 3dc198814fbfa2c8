// Root Jest configuration: one run over every project, sharing one embedded PostgreSQL
// server (started in globalSetup unless JEJAK_TEST_DATABASE_URL points at a server).
const { existsSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
const { TEST_TIMEOUT_MS } = require('./tools/testing/test-timeout');

const projects = ['libs', 'services', 'tools'].flatMap((group) =>
  existsSync(join(__dirname, group))
    ? readdirSync(join(__dirname, group))
        .map((name) => join(__dirname, group, name, 'jest.config.js'))
        .filter((file) => existsSync(file))
    : [],
);

module.exports = {
  projects,
  // A global option: the projects' own testTimeout is ignored in a multi-project run (see tools/testing/test-timeout.js).
  testTimeout: TEST_TIMEOUT_MS,
  globalSetup: '<rootDir>/tools/testing/jest-global-setup.ts',
  globalTeardown: '<rootDir>/tools/testing/jest-global-teardown.ts',
};
