/**
 * The hostile-page corpus (e2e/store/hostile): broken data, hostile texts and prices, pages that
 * replace built-ins in their own world and pages that fight AliKeep's element. On every page: no
 * error reaches the page or the extension console (the fixture fails the test on any), no markup
 * from the page runs or lands in AliKeep's shadow root, and the shopper sees what the case says:
 * the pill with its download button, or "Couldn't read this page" with a report that holds no
 * personal data, or (for a page that keeps removing our element) nothing, quietly.
 */
import type { Page } from '@playwright/test';
import { MAX_REATTACH } from '../src/content/host-element';
import { expect, test, type Extension } from './fixtures';
import { HOSTILE_CASES, type HostileCase } from './store/hostile/hostile-cases';
import { hostileProduct } from './store/hostile/hostile-product';
import {
  OVERRIDE_DEFINE_PROPERTY,
  OVERRIDE_FUNCTION_CALL,
  OVERRIDE_ITERATORS,
  OVERRIDE_JSON_PARSE,
  OVERRIDE_JSON_STRINGIFY,
} from './store/hostile/page-scripts';
import { aerPage } from './store/pages/aer-page';

/** Personal data a real visit carries in its address: none of it may reach the report. */
const QUERY = '?spm=a2g0o.detail.0.0.secret-trace&aff_fcid=personal123&_t=TOKEN789';
const SECRETS = ['secret-trace', 'personal123', 'TOKEN789', 'SECRETCOOKIE123', 'SECRETTOKEN456'];

/**
 * A global of the page's world, read through the DevTools protocol: Playwright's own evaluate
 * relies on built-ins (Array methods, Function.prototype.bind) some of these pages replace.
 */
async function pageGlobal(page: Page, name: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `window[${JSON.stringify(name)}]`,
      returnByValue: true,
    });
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/** Elements and attributes that would mean page markup was parsed into our UI. */
const FOREIGN =
  'script, iframe, object, embed, img[src="x"], [onerror], [onload], [onclick], [src^="javascript:"]';

async function expectWorkingPill(page: Page) {
  await expect(page.getByTestId('alikeep-product')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('alikeep-download')).toBeVisible();
}

async function expectReadableFailure(extension: Extension, page: Page, c: HostileCase) {
  await expect(page.getByTestId('alikeep-product')).toHaveText("Couldn't read this page", {
    timeout: 8_000,
  });
  await expect(page.getByTestId('alikeep-download')).toHaveCount(0);
  await extension.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: 'https://www.aliexpress.com',
  });
  await page.getByTestId('alikeep-copy-diagnostic').click();
  await expect(page.getByTestId('alikeep-copy-diagnostic')).toHaveText('Report copied');
  const report = await page.evaluate(() => navigator.clipboard.readText());
  const { id } = hostileProduct(c.n, {});
  // Codes and counts only: not even the item's address.
  expect(report).toContain('site: aliexpress\n');
  expect(report).not.toContain(id);
  expect(report).toMatch(/^reason: [a-z-]+$/m);
  for (const secret of SECRETS) expect(report).not.toContain(secret);
}

/** The page keeps removing our element: after MAX_REATTACH re-attachments we stay gone, quietly. */
async function expectGoneQuietly(page: Page) {
  await expect.poll(() => pageGlobal(page, '__removals')).toBe(1 + MAX_REATTACH);
  // No further attempt comes later.
  await page.waitForTimeout(500);
  expect(await pageGlobal(page, '__removals')).toBe(1 + MAX_REATTACH);
  await expect(page.locator('alikeep-root')).toHaveCount(0);
}

/** Checks particular to one case, by case number. */
const extraChecks: Record<number, (page: Page) => Promise<void>> = {
  // Put back after the page removed it once.
  41: async (page) => {
    await expect.poll(() => pageGlobal(page, '__removals')).toBe(1);
    await expect(page.locator('alikeep-root')).toHaveCount(1);
    await expectWorkingPill(page);
  },
  43: async (page) => {
    await expect.poll(() => pageGlobal(page, '__replaced')).toBe(true);
    await expect(page.locator('alikeep-root')).toHaveCount(1);
    await expectWorkingPill(page);
    // Docked beside the rebuilt page's gallery again, not left in the corner.
    await expect(page.locator('alikeep-root')).toHaveCSS('position', 'absolute');
  },
  // An overlay the page puts over everything (a login or cookie dialog) covers us too: we stay
  // attached and working underneath, and take clicks again once the page removes it.
  44: async (page) => {
    const button = page.getByTestId('alikeep-download');
    await expect(button).toBeVisible();
    await expect(button.click({ trial: true, timeout: 500 })).rejects.toThrow(
      /intercepts pointer events/,
    );
    await page.evaluate(() => document.getElementById('page-cover')?.remove());
    await button.click({ trial: true });
  },
  // Inline !important styles on our element beat the page's !important stylesheet.
  45: async (page) => {
    const box = await page.getByTestId('alikeep-download').boundingBox();
    expect(box?.width).toBeGreaterThan(0);
    const shown = await page.locator('alikeep-root').evaluate((el) => {
      const s = getComputedStyle(el);
      return [s.display, s.visibility, s.opacity].join(' ');
    });
    expect(shown).toBe('block visible 1');
  },
};

async function open(extension: Extension, c: HostileCase): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(`${hostileProduct(c.n, {}).url}${QUERY}#reviews`);
  return page;
}

/** No markup from the page ran, and none of it is in our shadow root. */
async function expectNothingExecuted(page: Page) {
  expect(await pageGlobal(page, '__pwned')).toBeUndefined();
  await expect(page.locator(':is(alikeep-root, div.panel)').locator(FOREIGN)).toHaveCount(0);
}

for (const c of HOSTILE_CASES.filter((c) => c.shows !== 'failed')) {
  test(`#${c.n} ${c.name}: shows ${c.shows}`, async ({ extension }) => {
    const page = await open(extension, c);
    if (c.shows === 'ui') await expectWorkingPill(page);
    else await expectGoneQuietly(page);
    await extraChecks[c.n]?.(page);
    await expectNothingExecuted(page);
    await page.close();
  });
}

// The extension waits a few seconds for a page to render its product before it says it cannot
// read it; these pages wait side by side, each checked in its own step.
const unreadable = HOSTILE_CASES.filter((c) => c.shows === 'failed');
test(`pages that cannot be read (${unreadable.map((c) => `#${c.n}`).join(', ')}): a plain message and a clean report`, async ({
  extension,
}) => {
  const pages = await Promise.all(unreadable.map((c) => open(extension, c)));
  for (const [i, c] of unreadable.entries()) {
    await test.step(`#${c.n} ${c.name}`, async () => {
      // The report goes to the clipboard, which only the focused tab may write.
      await pages[i]!.bringToFront();
      await expectReadableFailure(extension, pages[i]!, c);
      await expectNothingExecuted(pages[i]!);
    });
  }
  await Promise.all(pages.map((p) => p.close()));
});

/**
 * What an aliexpress.ru page replaces after AliKeep's helper wrapped its fetch and XMLHttpRequest:
 * everything the capture of its `/productData` answer might call, and nothing the page's own
 * script needs. Each replacement counts its calls in `__trapped` before it throws.
 */
const ruTrap = (name: string) =>
  `function () { window.__trapped = (window.__trapped || 0) + 1; throw new Error('page trap: ${name}'); }`;
const RU_TRAPS = [
  ...['url', 'status'].map(
    (name) =>
      `Object.defineProperty(Response.prototype, '${name}', { get: ${ruTrap(`Response ${name}`)} });`,
  ),
  ...[
    'Reflect.apply',
    'Object.getOwnPropertyDescriptor',
    'Response.prototype.clone',
    'Response.prototype.text',
    'window.setTimeout',
    'String.prototype.slice',
    'String.prototype.endsWith',
    'String.prototype.indexOf',
  ].map((name) => `${name} = ${ruTrap(name)};`),
  OVERRIDE_FUNCTION_CALL,
  OVERRIDE_JSON_PARSE,
  OVERRIDE_JSON_STRINGIFY,
  OVERRIDE_ITERATORS,
  OVERRIDE_DEFINE_PROPERTY,
].join('\n');

for (const transport of ['fetch', 'xhr'] as const) {
  test(`an aliexpress.ru page that replaces built-ins (${transport}): its variants are still read, and the page works`, async ({
    extension,
  }) => {
    const p = extension.store.catalog.ru;
    const body = aerPage(p, extension.store.price('ru'), { transport, headScript: RU_TRAPS });
    extension.store.setFault(p.url, { body, times: 1, exact: true });
    const page = await extension.context.newPage();
    await page.goto(p.url);
    await expect(page.locator('[data-role="skus"] li')).toHaveCount(p.variants.length);
    const photos = p.gallery.length + p.variants.filter((v) => v.image).length;
    await expect(page.getByTestId('alikeep-product')).toHaveText(`Photos: ${photos} · videos: 1`);
    await expectWorkingPill(page);
    expect(await pageGlobal(page, '__trapped')).toBeUndefined();
    await page.close();
  });
}
