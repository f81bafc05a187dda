/**
 * The two browsers every comparison runs in: one persistent profile with the built extension and
 * one without, launched with the same Chromium, the same flags and the same store mapping, so the
 * only difference between their numbers is AliKeep. (The e2e harness in ../harness/launch.ts
 * starts only the first kind; both take their flags from there.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM_MISSING, findChromium } from '../harness/chromium';
import { offlineStoreArgs, prepareProfile } from '../harness/launch';
import { withTimeout } from './stats';

export type ProfileKind = 'extension' | 'baseline';

export interface Profile {
  kind: ProfileKind;
  context: BrowserContext;
  /** The extension's id; null in the baseline profile. */
  extensionId: string | null;
  downloadsDir: string;
  close(): Promise<void>;
}

export async function launchProfile(
  kind: ProfileKind,
  options: { extensionDir: string; hostResolverRules: string },
): Promise<Profile> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_MISSING);
  const dir = mkdtempSync(join(tmpdir(), `alikeep-bench-${kind}-`));
  const userDataDir = join(dir, 'profile');
  const downloadsDir = join(dir, 'downloads');
  prepareProfile(userDataDir, downloadsDir);
  const extensionArgs =
    kind === 'extension'
      ? [
          `--disable-extensions-except=${options.extensionDir}`,
          `--load-extension=${options.extensionDir}`,
        ]
      : [];
  const context = await withTimeout(
    `launching the ${kind} profile`,
    30_000,
    chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      ignoreHTTPSErrors: true,
      viewport: { width: 1280, height: 800 },
      // Both profiles share every flag but --load-extension and its companion.
      args: [...extensionArgs, ...offlineStoreArgs(options.hostResolverRules)],
    }),
  );
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    let extensionId: string | null = null;
    if (kind === 'extension') {
      const worker =
        context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
        (await context.waitForEvent('serviceworker', {
          predicate: (w) => w.url().startsWith('chrome-extension://'),
          timeout: 15_000,
        }));
      extensionId = new URL(worker.url()).host;
    }
    // Downloads keep the names the extension gives them (Playwright would use GUIDs).
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
    await cdp.detach();
    return { kind, context, extensionId, downloadsDir, close };
  } catch (error) {
    await close();
    throw new Error(
      `The ${kind} profile did not start: ${error instanceof Error ? error.message : String(error)}` +
        (kind === 'extension' ? ' (is the extension in dist/ built and valid?)' : ''),
    );
  }
}
