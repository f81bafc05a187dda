/**
 * A second, fresh Chromium profile with the built extension, beside the one the fixtures give a spec
 * file: for tests that carry data from one browser to another. Same store, own downloads folder,
 * own error log.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { Store } from '../store/server';
import { watchForErrors, type ErrorLog } from './error-log';
import { launchWithExtension } from './launch';

export interface Profile {
  context: BrowserContext;
  extensionId: string;
  downloadsDir: string;
  errors: ErrorLog;
  /** The consent page the extension opened by itself on install, once it has rendered. */
  consentPage(): Promise<Page>;
  openPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchSecondProfile(extensionDir: string, store: Store): Promise<Profile> {
  const dir = mkdtempSync(join(tmpdir(), 'alikeep-second-profile-'));
  const downloadsDir = join(dir, 'downloads');
  const { context, extensionId } = await launchWithExtension({
    extensionDir,
    userDataDir: join(dir, 'profile'),
    downloadsDir,
    hostResolverRules: store.hostResolverRules,
    headless: true,
  });
  const errors = watchForErrors(context, extensionId);
  const origin = `chrome-extension://${extensionId}`;
  return {
    context,
    extensionId,
    downloadsDir,
    errors,
    async consentPage() {
      const url = `${origin}/src/consent/index.html`;
      for (let waited = 0; waited < 10_000; waited += 100) {
        const page = context.pages().find((p) => p.url().startsWith(url));
        if (page) {
          await page.getByTestId('alikeep-consent-save').waitFor();
          return page;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('The extension opened no consent page on install.');
    },
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(`${origin}/${path.replace(/^\//, '')}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
