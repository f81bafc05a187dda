/**
 * Starts Chromium with the built extension loaded, every store host mapped to the local HTTPS store,
 * and downloads written to a folder with the file names the extension chooses.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
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
   * UI language as an extension locale folder names it (`de`, `pt_BR`): Chromium's own language
   * (`--lang`, what chrome.i18n follows) and the pages' navigator.language and Accept-Language.
   */
  lang?: string;
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
}

export async function launchWithExtension(options: LaunchOptions): Promise<Launched> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_MISSING);
  mkdirSync(join(options.userDataDir, 'Default'), { recursive: true });
  mkdirSync(options.downloadsDir, { recursive: true });
  writeFileSync(
    join(options.userDataDir, 'Default', 'Preferences'),
    JSON.stringify({
      download: { default_directory: options.downloadsDir, prompt_for_download: false },
    }),
  );
  const context = await chromium.launchPersistentContext(options.userDataDir, {
    executablePath,
    headless: options.headless,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    ...(options.lang ? { locale: options.lang.replace('_', '-') } : {}),
    args: [
      ...(options.lang ? [`--lang=${options.lang.replace('_', '-')}`] : []),
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
      `--host-resolver-rules=${options.hostResolverRules}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--enable-unsafe-extension-debugging',
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
