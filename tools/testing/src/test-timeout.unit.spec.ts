/**
 * One test timeout everywhere: `testTimeout` is a global Jest option, so a multi-project run (the root
 * jest.config.js, what `npm test` runs) ignores the projects' own value and falls back to Jest's 5 s unless the
 * root config sets it. These checks resolve the configs as Jest does and fail when either loses the timeout.
 */
import { join, resolve } from 'node:path';
import { readConfig, readConfigs } from 'jest-config';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { TEST_TIMEOUT_MS } = require('../test-timeout') as { TEST_TIMEOUT_MS: number };

const root = resolve(__dirname, '../../..');
const argv = (config: string) => ({ $0: 'jest', _: [], config }) as unknown as Parameters<typeof readConfigs>[0];

describe('the test timeout', () => {
  it('is longer than Jest\'s 5 s default', () => {
    expect(TEST_TIMEOUT_MS).toBeGreaterThan(5000);
  });

  it('holds in the full run from the root: the global config, which is what Jest applies, has it', async () => {
    const { globalConfig, configs } = await readConfigs(argv(join(root, 'jest.config.js')), [root]);
    expect(configs.length).toBeGreaterThan(5);
    expect(globalConfig.testTimeout).toBe(TEST_TIMEOUT_MS);
  });

  it('holds when one project runs on its own config (the shared preset)', async () => {
    const { globalConfig } = await readConfig(argv(join(root, 'libs/pdf/jest.config.js')), join(root, 'libs/pdf'));
    expect(globalConfig.testTimeout).toBe(TEST_TIMEOUT_MS);
  });

  it('is the one this test runs under', async () => {
    // Longer than Jest's default timeout: fails (times out) when the running config lost the setting.
    await new Promise((resolve) => setTimeout(resolve, 5200));
  });
});
