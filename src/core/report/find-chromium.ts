// Where the Chromium for printing reports lives: FACTDESK_CHROMIUM, else the usual system locations.
import { existsSync } from 'node:fs';

const COMMON_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const CHROMIUM_ENV_VARIABLE = 'FACTDESK_CHROMIUM';

/** Flags for headless Chromium on an offline machine: no background network, no first-run work. */
export const CHROMIUM_LAUNCH_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The first Chromium that exists, or null. An explicit path or FACTDESK_CHROMIUM is used only if it exists. */
export function findChromium(explicitPath?: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const preferred = explicitPath ?? env[CHROMIUM_ENV_VARIABLE];
  if (preferred !== undefined && preferred !== '') return existsSync(preferred) ? preferred : null;
  return COMMON_PATHS.find((path) => existsSync(path)) ?? null;
}

export function describeMissingChromium(explicitPath?: string, env: NodeJS.ProcessEnv = process.env): string {
  const preferred = explicitPath ?? env[CHROMIUM_ENV_VARIABLE];
  const looked =
    preferred !== undefined && preferred !== '' ? `at ${preferred}` : `in ${COMMON_PATHS.slice(0, 5).join(', ')}`;
  return (
    `No Chromium found to print reports (looked ${looked}). Install it (Debian/Ubuntu: apt-get install chromium) ` +
    `or set ${CHROMIUM_ENV_VARIABLE} to a Chromium or Chrome executable.`
  );
}
