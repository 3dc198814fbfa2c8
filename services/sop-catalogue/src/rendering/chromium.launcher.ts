/** The system Chromium, shared with every Jejak service through `@jejak/pdf`. */
export { CHROMIUM_ARGS, ChromiumNotFoundError, chromiumExecutablePath, launchChromium } from '@jejak/pdf';
