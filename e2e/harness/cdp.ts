/** Chrome DevTools Protocol helpers for what Playwright has no API for. */
import type { BrowserContext, Page, Worker } from '@playwright/test';

interface WorkerVersion {
  scriptURL: string;
  runningStatus: string;
  status: string;
}

/**
 * Stops the extension's service worker the way Chrome does when it goes idle, and waits until
 * Chrome reports it stopped. The next event or message starts it again.
 */
export async function stopServiceWorker(
  context: BrowserContext,
  extensionId: string,
): Promise<void> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const prefix = `chrome-extension://${extensionId}/`;
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: WorkerVersion[] }) => {
        const ours = e.versions.filter((v) => v.scriptURL.startsWith(prefix));
        if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) resolve();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await cdp.detach();
  } finally {
    await page.close();
  }
}

/**
 * Reloads the unpacked extension from disk, as an update does: the old worker and content scripts
 * are retired and new ones start. Resolves with the new worker.
 */
export async function reloadExtension(
  context: BrowserContext,
  extensionDir: string,
  extensionId: string,
): Promise<Worker> {
  const browser = context.browser();
  if (!browser) throw new Error('No browser to reload the extension in.');
  const before = new Set(context.serviceWorkers());
  const next = context.waitForEvent('serviceworker', {
    predicate: (w) => w.url().startsWith(`chrome-extension://${extensionId}/`) && !before.has(w),
  });
  const cdp = await browser.newBrowserCDPSession();
  const { id } = (await cdp.send(
    'Extensions.loadUnpacked' as never,
    {
      path: extensionDir,
    } as never,
  )) as { id: string };
  await cdp.detach();
  if (id !== extensionId) throw new Error(`Reload gave a new extension id ${id}.`);
  return next;
}

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { type?: string; isDefault?: boolean };
}

/**
 * Runs an expression inside the extension's content-script world of a tab (not the page's own
 * world), so a test can act exactly as the content script would.
 */
export async function evaluateInContentScript<T>(
  page: Page,
  extensionId: string,
  expression: string,
): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: ExecutionContext }) =>
    contexts.push(e.context),
  );
  await cdp.send('Runtime.enable');
  const world = contexts.findLast(
    (c) => c.origin === `chrome-extension://${extensionId}` && c.auxData?.type === 'isolated',
  );
  if (!world) throw new Error('The content script world was not found in this tab.');
  const result = (await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value: T }; exceptionDetails?: { text: string } };
  await cdp.detach();
  if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
  return result.result.value;
}
