/**
 * Playwright fixtures: one Chromium with the built extension per spec file, the offline store, a
 * downloads folder, and a guard that fails a test on any page error or extension console error.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import {
  test as base,
  expect,
  type BrowserContext,
  type Page,
  type Worker,
} from '@playwright/test';
import { startStore, type Store } from './store/server';
import { launchWithExtension } from './harness/launch';
import { watchForErrors, type ErrorLog } from './harness/error-log';

export const EXTENSION_DIR = resolve(process.env.ALIKEEP_EXTENSION_DIR ?? 'dist');

export interface Extension {
  context: BrowserContext;
  extensionId: string;
  store: Store;
  downloadsDir: string;
  errors: ErrorLog;
  /** The address of the page the extension opened by itself on install (the consent page). */
  openedOnInstall: string | null;
  /** The extension's service worker as it is now (a new one after a stop). */
  worker(): Promise<Worker>;
  /** Opens chrome-extension://<id>/<path>. */
  openPage(path: string): Promise<Page>;
}

interface FileLaunch {
  file: string;
  extension: Extension;
  close(): Promise<void>;
}

/** The `extension` a test gets, for a browser launched with the built extension. */
export function extensionHandle(launched: Omit<Extension, 'worker' | 'openPage'>): Extension {
  const { context, extensionId } = launched;
  return {
    ...launched,
    async worker() {
      const live = context.serviceWorkers().filter((w) => w.url().includes(extensionId));
      if (live.length > 0) return live[live.length - 1]!;
      return context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().includes(extensionId),
      });
    },
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
  };
}

async function launchForFile(
  file: string,
  store: Store,
  locale: string | undefined,
): Promise<FileLaunch> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  const dir = mkdtempSync(join(tmpdir(), `alikeep-${basename(file, '.spec.ts')}-`));
  const downloadsDir = join(dir, 'downloads');
  const launched = await launchWithExtension({
    extensionDir: EXTENSION_DIR,
    userDataDir: join(dir, 'profile'),
    downloadsDir,
    hostResolverRules: store.hostResolverRules,
    headless: true,
    ...(locale ? { locale } : {}),
  });
  const { context, extensionId } = launched;
  const errors = watchForErrors(context, extensionId);
  // A fresh install opens the consent page. It is noted and closed, so that it never sits in front
  // of the tabs a test works in (hidden tabs get no animation frames).
  const consentUrl = `chrome-extension://${extensionId}/src/consent/index.html`;
  let consent: Page | undefined;
  for (let waited = 0; !consent && waited < 5_000; waited += 100) {
    consent = context.pages().find((p) => p.url().startsWith(consentUrl));
    if (!consent) await new Promise((r) => setTimeout(r, 100));
  }
  const openedOnInstall = consent ? consent.url() : null;
  if (consent) {
    // Closed only once it has rendered: closing it mid-load can leave the browser's message
    // catalogue for the extension half-served to the next extension page.
    await consent.getByTestId('alikeep-consent-save').waitFor({ timeout: 10_000 });
    await consent.close();
  }
  const extension = extensionHandle({
    context,
    extensionId,
    store,
    downloadsDir,
    errors,
    openedOnInstall,
  });
  return {
    file,
    extension,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const test = base.extend<
  {
    extension: Extension;
    /**
     * The browser's UI language for a spec file (`test.use({ browserLocale: 'ru' })`); unset, the
     * browser runs in its own default, English. One browser serves a file, so set it per file.
     */
    browserLocale: string | undefined;
  },
  { store: Store; launches: { current: FileLaunch | null } }
>({
  browserLocale: [undefined, { option: true }],
  store: [
    async ({}, use) => {
      const store = await startStore({ port: 0 });
      await use(store);
      await store.close();
    },
    { scope: 'worker' },
  ],
  launches: [
    async ({}, use) => {
      const holder: { current: FileLaunch | null } = { current: null };
      await use(holder);
      await holder.current?.close();
    },
    { scope: 'worker' },
  ],
  extension: async ({ store, launches, browserLocale }, use, testInfo) => {
    if (launches.current?.file !== testInfo.file) {
      await launches.current?.close();
      launches.current = null;
      store.reset();
      launches.current = await launchForFile(testInfo.file, store, browserLocale);
    }
    const { extension } = launches.current;
    extension.errors.clear();
    await use(extension);
    extension.errors.expectNone();
  },
});

export { expect };
