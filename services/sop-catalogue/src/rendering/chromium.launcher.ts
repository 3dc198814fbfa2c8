import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags for the system Chromium: headless, sandbox off (containers), no background network or updates. */
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

export const chromiumExecutablePath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export class ChromiumNotFoundError extends Error {
  constructor(readonly executablePath: string) {
    super(
      `Chromium not found at ${executablePath}: SOP documents cannot be rendered to PDF. ` +
        'Install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
    this.name = 'ChromiumNotFoundError';
  }
}

/** Launches the system Chromium through playwright-core (no bundled browser download). */
export async function launchChromium(executablePath: string = chromiumExecutablePath()): Promise<Browser> {
  if (!existsSync(executablePath)) throw new ChromiumNotFoundError(executablePath);
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
}
