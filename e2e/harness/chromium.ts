/** Finds Debian's Chromium (or the one CHROMIUM_PATH names); Playwright never downloads a browser here. */
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export const CHROMIUM_MISSING = [
  'Chromium was not found.',
  'Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium',
  'or Chrome for Testing binary. Branded Google Chrome ignores --load-extension since version 137.',
].join('\n');
