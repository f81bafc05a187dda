/**
 * Starts Chromium with the built extension loaded, every store host mapped to the local HTTPS store,
 * and downloads written to a folder with the file names the extension chooses.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { CHROMIUM_MISSING, findChromium } from './chromium';

export interface LaunchOptions {
  extensionDir: string;
  userDataDir: string;
  downloadsDir: string;
  hostResolverRules: string;
  headless: boolean;
  /**
   * The browser's UI language, e.g. `ru` or `pt-BR`; unset, Chromium picks its own (English here).
   * `--lang` (with LANGUAGE/LANG for good measure) is what makes Chromium serve the extension's
   * messages and manifest name in that language. Debian's Chromium without the chromium-l10n
   * package has only en-US resources, so its renderers keep en-US as their locale and
   * i18n.getUILanguage() would still say en-US; Playwright's `locale` sets the pages' (and their
   * content scripts') locale to match, as a Chromium with that language installed would.
   */
  locale?: string;
}

/** The launch settings that put Chromium's UI in `locale`. */
export function localeLaunch(locale: string | undefined): {
  args: string[];
  env?: Record<string, string>;
  locale?: string;
} {
  if (!locale) return { args: [] };
  const posix = locale.replace('-', '_');
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env))
    if (value !== undefined) env[name] = value;
  return {
    args: [`--lang=${locale}`],
    env: { ...env, LANGUAGE: posix, LANG: `${posix}.UTF-8` },
    locale,
  };
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
}

/** Flags every Chromium of the tests and the bench shares: the offline store, a quiet browser. */
export function offlineStoreArgs(hostResolverRules: string): string[] {
  return [
    `--host-resolver-rules=${hostResolverRules}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

/**
 * A profile folder whose downloads land in `downloadsDir` without asking. A profile launched before
 * keeps the rest of its preferences (a relaunch must not forget what the browser recorded).
 */
export function prepareProfile(userDataDir: string, downloadsDir: string): void {
  mkdirSync(join(userDataDir, 'Default'), { recursive: true });
  mkdirSync(downloadsDir, { recursive: true });
  const path = join(userDataDir, 'Default', 'Preferences');
  const existing = existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>)
    : {};
  writeFileSync(
    path,
    JSON.stringify({
      ...existing,
      download: { default_directory: downloadsDir, prompt_for_download: false },
    }),
  );
}

export async function launchWithExtension(options: LaunchOptions): Promise<Launched> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_MISSING);
  prepareProfile(options.userDataDir, options.downloadsDir);
  const language = localeLaunch(options.locale);
  const context = await chromium.launchPersistentContext(options.userDataDir, {
    executablePath,
    ...(language.env ? { env: language.env } : {}),
    ...(language.locale ? { locale: language.locale } : {}),
    headless: options.headless,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
      ...offlineStoreArgs(options.hostResolverRules),
      '--enable-unsafe-extension-debugging',
      ...language.args,
    ],
  });
  const serviceWorker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
    }));
  const extensionId = new URL(serviceWorker.url()).host;
  // Downloads land in downloadsDir under the names the extension gives them (not Playwright's GUIDs).
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
  await cdp.detach();
  return { context, extensionId, serviceWorker };
}
