/**
 * The page reader inside the extension: the panel and the popup show what each page generation
 * holds, follow the variant the shopper picks and the next item after an in-page navigation, and
 * say plainly when a page cannot be read.
 */
import type { Page } from '@playwright/test';
import { expect, test, type Extension } from './fixtures';
import { openPopupFor } from './harness/popup';
import { consent, openPrices } from './harness/price-features';
import { PRODUCT_KEYS, type ProductKey } from './store/catalog';

function expectedCounts(extension: Extension, key: ProductKey) {
  const p = extension.store.catalog[key];
  // aliexpress.ru serves variants only through its own API call, which the reader does not repeat.
  const variantImages = key === 'ru' ? 0 : p.variants.filter((v) => v.image).length;
  return { photos: p.gallery.length + variantImages, videos: p.video ? 1 : 0 };
}

/** A price as the page's own Intl writes it, which is what the panel uses. */
function priceInPage(page: Page, amount: number, currency: string) {
  return page.evaluate(
    ([a, c]) => new Intl.NumberFormat(undefined, { style: 'currency', currency: c }).format(a),
    [amount, currency] as const,
  );
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
    await expect(product).toHaveText(`${photos} photos · ${videos} videos`);
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
    const p = extension.store.catalog[key];
    const page = await extension.context.newPage();
    await page.goto(extension.store.itemUrl(key));
    const variant = page.getByTestId('alikeep-variant');
    const first = p.variants[0]!;
    await expect(variant).toHaveText(first.name);
    const prices = await openPrices(page);
    const current = prices.getByTestId('alikeep-price-current');
    await expect(current).toHaveText(await priceInPage(page, first.price, p.currency));
    const green = p.variants[2]!;
    await page.locator(`[title="${green.name}"]`).first().click();
    await expect(variant).toHaveText(green.name);
    await expect(current).toHaveText(await priceInPage(page, green.price, p.currency));
    await page.close();
  }
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
    `${photos} photos · ${videos} videos`,
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
