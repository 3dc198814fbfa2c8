import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { ChromiumLaunchError, ChromiumNotFoundError } from './errors';

/** Flags for the system Chromium: headless, sandbox off (containers, root), no GPU, no background network or updates. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. Read at launch time, so tests and services may set it late. */
export const chromiumExecutablePath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches the system Chromium through playwright-core (no bundled browser is ever downloaded). */
export async function launchChromium(executablePath: string = chromiumExecutablePath()): Promise<Browser> {
  if (!existsSync(executablePath)) throw new ChromiumNotFoundError(executablePath);
  try {
    return await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  } catch (error) {
    throw new ChromiumLaunchError(executablePath, error);
  }
}
