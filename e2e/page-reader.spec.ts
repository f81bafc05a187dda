/**
 * The page reader inside the extension: the panel and the popup show what each page generation
 * holds, follow the variant the shopper picks and the next item after an in-page navigation, and
 * say plainly when a page cannot be read.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test, type Extension } from './fixtures';
import { openPopupFor } from './harness/popup';
import { consent, openPrices } from './harness/price-features';
import { PRODUCT_KEYS, type CatalogProduct, type ProductKey } from './store/catalog';
import { formatMoney } from './store/money';
import { aerPage, productDataPath } from './store/pages/aer-page';

function expectedCounts(extension: Extension, key: ProductKey) {
  const p = extension.store.catalog[key];
  const variantImages = p.variants.filter((v) => v.image).length;
  return { photos: p.gallery.length + variantImages, videos: p.video ? 1 : 0 };
}

/** A price as the page's own Intl writes it, which is what the panel uses. */
function priceInPage(page: Page, amount: number, currency: string) {
  return page.evaluate(
    ([a, c]) => new Intl.NumberFormat(undefined, { style: 'currency', currency: c }).format(a),
    [amount, currency] as const,
  );
}

/**
 * The page opens on its first (cheapest) variant: the panel and the price panel show it, then
 * follow a click on the third variant's chip.
 */
async function expectPricesFollowVariant(
  page: Page,
  p: CatalogProduct,
  chip: (name: string) => Locator,
) {
  const variant = page.getByTestId('alikeep-variant');
  const first = p.variants[0]!;
  await expect(variant).toHaveText(first.name);
  const prices = await openPrices(page);
  const current = prices.getByTestId('alikeep-price-current');
  await expect(current).toHaveText(await priceInPage(page, first.price, p.currency));
  const green = p.variants[2]!;
  await chip(green.name).click();
  await expect(variant).toHaveText(green.name);
  await expect(current).toHaveText(await priceInPage(page, green.price, p.currency));
}

for (const key of PRODUCT_KEYS) {
  test(`the ${key} page: the panel counts its media and the popup names it`, async ({
    extension,
  }) => {
    const page = await extension.context.newPage();
    await page.goto(extension.store.itemUrl(key));
    const { photos, videos } = expectedCounts(extension, key);
    const product = page.getByTestId('alikeep-product');
    await expect(product).toHaveAttribute('data-state', 'ready');
    await expect(product).toHaveText(`Photos: ${photos} · videos: ${videos}`);
    const popup = await openPopupFor(extension, page);
    await expect(popup.getByTestId('popup-product')).toContainText(
      extension.store.catalog[key].title,
    );
    await popup.close();
    await page.close();
  });
}

test('a variant picked on the page shows in the panel, and the price panel follows it', async ({
  extension,
}) => {
  await consent(extension, ['price-history']);
  for (const key of ['module', 'csr', 'component'] as const) {
    const page = await extension.context.newPage();
    await page.goto(extension.store.itemUrl(key));
    const chip = (name: string) => page.locator(`[title="${name}"]`).first();
    await expectPricesFollowVariant(page, extension.store.catalog[key], chip);
    await page.close();
  }
});

// aliexpress.ru sends its variants and their prices only in the answer to the page's own request
// (…/productData), which the panel reads as the page receives it, whether the page asks with
// fetch or with XMLHttpRequest.
for (const transport of ['fetch', 'xhr'] as const) {
  test(`aliexpress.ru (${transport}): the panel follows the chosen variant with its own price, and the page's chips still work`, async ({
    extension,
  }) => {
    await consent(extension, ['price-history']);
    const p = extension.store.catalog.ru;
    if (transport === 'xhr') {
      const body = aerPage(p, extension.store.price('ru'), { transport });
      extension.store.setFault(p.url, { body, times: 1, exact: true });
    }
    const page = await extension.context.newPage();
    await page.goto(p.url);
    const chips = page.locator('[data-role="skus"] li');
    await expect(chips).toHaveCount(p.variants.length);
    const { photos, videos } = expectedCounts(extension, 'ru');
    await expect(page.getByTestId('alikeep-product')).toHaveText(
      `Photos: ${photos} · videos: ${videos}`,
    );
    await expectPricesFollowVariant(page, p, (name) =>
      chips.and(page.locator(`[title="${name}"]`)),
    );
    // The page's own price follows its chip as before.
    await expect(page.locator('[data-role="current"]')).toHaveText(
      formatMoney(p.variants[2]!.price, p.currency),
    );
    await page.close();
  });
}

test('aliexpress.ru: an answer that comes after the panel is ready is still read', async ({
  extension,
}) => {
  const p = extension.store.catalog.ru;
  extension.store.setFault(productDataPath(p.id), { delayMs: 1_500, times: 1 });
  const page = await extension.context.newPage();
  await page.goto(p.url);
  const product = page.getByTestId('alikeep-product');
  // Ready from the served page alone: its gallery and video, no variants yet.
  await expect(product).toHaveText(`Photos: ${p.gallery.length} · videos: 1`);
  await expect(page.locator('[data-role="skus"] li')).toHaveCount(0);
  const { photos, videos } = expectedCounts(extension, 'ru');
  await expect(product).toHaveText(`Photos: ${photos} · videos: ${videos}`, { timeout: 5_000 });
  await expect(page.locator('[data-role="skus"] li')).toHaveCount(p.variants.length);
  await page.close();
});

test("only aliexpress.ru pages get the wrapped fetch, which keeps the browser's name and length", async ({
  extension,
}) => {
  const describeFetch = (page: Page) =>
    page.evaluate(() => ({
      fetch: [fetch.name, fetch.length, Object.hasOwn(fetch, 'prototype')],
      send: [XMLHttpRequest.prototype.send.name, XMLHttpRequest.prototype.send.length],
      native: [fetch, XMLHttpRequest.prototype.send].map((f) =>
        Function.prototype.toString.call(f).includes('[native code]'),
      ),
    }));
  const page = await extension.context.newPage();
  // The wrappers' source shows, as any page's own wrapper's would: only on aliexpress.ru.
  for (const [key, native] of [
    ['module', true],
    ['ru', false],
  ] as const) {
    await page.goto(extension.store.itemUrl(key));
    await expect(page.getByTestId('alikeep-product')).toHaveAttribute('data-state', 'ready');
    expect(await describeFetch(page), key).toEqual({
      fetch: ['fetch', 1, false],
      send: ['send', 0],
      native: [native, native],
    });
  }
  await page.close();
});

test('an in-page navigation to another item replaces the product', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(extension.store.itemUrl('csr'));
  await expect(page.getByTestId('alikeep-product')).toHaveAttribute('data-state', 'ready');
  const next = extension.store.catalog.module;
  const requestsBefore = extension.store.requests.filter((r) => r.path.startsWith('/item/')).length;
  await page.locator('a[data-spa]', { hasText: next.title }).click();
  await expect(page).toHaveURL(`https://de.aliexpress.com/item/${next.id}.html`);
  await expect(page.getByTestId('alikeep-item-id')).toContainText(next.id);
  const { photos, videos } = expectedCounts(extension, 'module');
  await expect(page.getByTestId('alikeep-product')).toHaveText(
    `Photos: ${photos} · videos: ${videos}`,
  );
  // It really was an in-page navigation: no new item page was requested.
  expect(extension.store.requests.filter((r) => r.path.startsWith('/item/')).length).toBe(
    requestsBefore,
  );
  const popup = await openPopupFor(extension, page);
  await expect(popup.getByTestId('popup-product')).toContainText(next.title);
  await popup.close();
  await page.close();
});

test('a page without product data says so and offers a report without personal data', async ({
  extension,
}) => {
  const p = extension.store.catalog.module;
  extension.store.setFault(`/item/${p.id}.html`, {
    status: 200,
    body: '<!doctype html><title>Security check</title><div id="captcha">Slide to verify</div>',
    times: 1,
  });
  await extension.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: 'https://www.aliexpress.com',
  });
  const page = await extension.context.newPage();
  await page.goto(`${p.url}?spm=a2g0o.home.0.secret-trace&aff_trace_key=personal123`);
  await expect(page.getByTestId('alikeep-product')).toHaveText("Couldn't read this page");
  await page.getByTestId('alikeep-copy-diagnostic').click();
  await expect(page.getByTestId('alikeep-copy-diagnostic')).toHaveText('Report copied');
  const report = await page.evaluate(() => navigator.clipboard.readText());
  expect(report).toContain('site: aliexpress');
  expect(report).toContain('reason: no-product-data');
  expect(report).not.toContain(p.id);
  expect(report).not.toContain('secret-trace');
  expect(report).not.toContain('personal123');
  // The page itself is untouched and threw nothing (the fixture fails the test on any page error).
  await expect(page.locator('#captcha')).toHaveText('Slide to verify');
  await page.close();
});
