/**
 * `npm start`: the built extension in Chromium on the offline demo store's item page.
 * `npm start -- --headless`: no window; saves screenshots of the item page, the popup and the options
 * page into ./screenshots (or --out <dir>) and exits. Without a display, headless is chosen for you.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from '../e2e/harness/launch';
import { startStore, type ProductKey } from '../e2e/store/server';

const args = process.argv.slice(2);
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = args.includes('--headless') || !hasDisplay;
const outIndex = args.indexOf('--out');
const outDir = resolve(outIndex >= 0 ? (args[outIndex + 1] ?? 'screenshots') : 'screenshots');
const pageIndex = args.indexOf('--page');
const productKey = (pageIndex >= 0 ? args[pageIndex + 1] : 'module') as ProductKey;

if (!args.includes('--headless') && !hasDisplay) {
  console.log(
    'No display found: running headless and saving screenshots instead of opening a window.',
  );
}

const store = await startStore({ port: 0 });
const dir = mkdtempSync(join(tmpdir(), 'alikeep-demo-'));
const cleanUp = async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
};

try {
  const { context, extensionId } = await launchWithExtension({
    extensionDir: resolve('dist'),
    userDataDir: join(dir, 'profile'),
    downloadsDir: resolve(outDir, '..', 'downloads'),
    hostResolverRules: store.hostResolverRules,
    headless,
  });
  const item = context.pages()[0] ?? (await context.newPage());
  const itemUrl = store.itemUrl(productKey);
  await item.goto(itemUrl);
  console.log(`Demo store: ${itemUrl} (served locally on port ${store.port})`);
  console.log(`Extension id: ${extensionId}`);

  if (!headless) {
    console.log('Close the browser window to stop.');
    await new Promise<void>((resolveClose) => context.on('close', () => resolveClose()));
  } else {
    mkdirSync(outDir, { recursive: true });
    await item.locator('alikeep-root').waitFor({ state: 'attached', timeout: 15_000 });
    await item.waitForTimeout(300);
    await item.screenshot({ path: join(outDir, 'item-page.png') });

    const worker = context.serviceWorkers()[0]!;
    const tabId = await worker.evaluate(
      async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? null,
      item.url(),
    );
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 340, height: 420 });
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.getByTestId('popup-settings').waitFor();
    await popup.screenshot({ path: join(outDir, 'popup.png') });

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await options.getByTestId('setting-theme').waitFor();
    await options.screenshot({ path: join(outDir, 'options.png') });
    await context.close();
    console.log(`Screenshots saved in ${outDir}: item-page.png, popup.png, options.png`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
