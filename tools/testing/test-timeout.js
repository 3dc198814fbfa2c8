// The one test timeout of the monorepo (ms): slow integration tests (embedded PostgreSQL, headless Chromium,
// projection rebuilds) need more than Jest's 5 s default.
//
// `testTimeout` is a *global* Jest option: when Jest runs several projects (the root jest.config.js), a project's
// own `testTimeout` is ignored and only the root config's counts (jestjs/jest#9696). So both the root config and
// the per-project preset (used when a project's config is run on its own) take it from here.
module.exports = { TEST_TIMEOUT_MS: 60000 };
