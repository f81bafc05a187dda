/**
 * Media download as a user meets it: the button, the picker, files in the downloads folder with
 * the names the settings give and the bytes of the originals, conversion, one ZIP, failures with a
 * retry, the popup's "download all", and names that every file system accepts whatever the title.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Extension } from './fixtures';
import { openPopupFor } from './harness/popup';
import {
  downloadArchive,
  expectedFiles,
  folderOf,
  openPicker,
  setSettings,
} from './harness/download-steps';
import { listFiles, sha256, waitForFiles } from './harness/files';
import type { CatalogProduct } from './store/catalog';

test.beforeEach(async ({ extension }) => {
  await setSettings(extension, null);
  // Each test starts from an empty downloads folder, so names never collide with earlier files.
  rmSync(join(extension.downloadsDir, 'AliExpress'), { recursive: true, force: true });
});

test('the picker groups the media, shows the total size, and saves the originals', async ({
  extension,
}) => {
  const p = extension.store.catalog.module;
  const page = await extension.context.newPage();
  await page.goto(p.url);
  const button = page.getByTestId('alikeep-download');
  await expect(button).toBeVisible();
  await expect(button).toHaveAccessibleName('Download this product’s images and videos');
  const picker = await openPicker(page);
  await expect(picker.getByTestId('alikeep-group-gallery')).toContainText('Gallery 5');
  await expect(picker.getByTestId('alikeep-group-variant')).toContainText('Variants 3');
  await expect(picker.getByTestId('alikeep-group-video')).toContainText('Videos 1');
  // Read from the description document when the picker opened: 11 files in all.
  await expect(picker.getByTestId('alikeep-group-description')).toContainText('Description 2');
  const total = p.media.reduce((sum, m) => sum + m.bytes, 0);
  const expectedSize = await page.evaluate(
    (n) =>
      new Intl.NumberFormat(undefined, {
        style: 'unit',
        unit: 'kilobyte',
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      }).format(n / 1000),
    total,
  );
  await expect(picker.getByTestId('alikeep-picker-summary')).toHaveText(
    `11 files chosen · ${expectedSize}`,
  );

  const before = listFiles(extension.downloadsDir);
  await picker.getByTestId('alikeep-download-start').click();
  const files = await waitForFiles(extension.downloadsDir, before, 11);
  const folder = folderOf(p.title, p.id);
  expect(files).toEqual(
    [
      'description-1.jpg',
      'description-2.webp', // WebP bytes behind a .jpg URL with a ?width=&height=&hash= query
      'gallery-1.jpg',
      'gallery-2.webp', // WebP bytes behind a .jpg URL
      'gallery-3.avif', // AVIF bytes behind a .jpg URL
      'gallery-4.png',
      'gallery-5.jpg',
      'variant-1.jpg',
      'variant-2.jpg',
      'variant-3.jpg',
      'video-1.mp4',
    ].map((f) => `${folder}/${f}`),
  );
  const byName = new Map(files.map((f) => [f.split('/').pop()!, f]));
  const expected = [
    ...p.gallery.map((m, i) => [`gallery-${i + 1}`, m.sha256] as const),
    ...p.variants.map((v, i) => [`variant-${i + 1}`, v.image!.sha256] as const),
    ...p.descriptionImages.map((m, i) => [`description-${i + 1}`, m.sha256] as const),
    ['video-1', p.video!.sha256] as const,
  ];
  for (const [stem, hash] of expected) {
    const file = [...byName.entries()].find(([name]) => name.startsWith(`${stem}.`))![1];
    expect(sha256(join(extension.downloadsDir, file)), file).toBe(hash);
  }
  await expect(page.getByTestId('alikeep-progress')).toHaveText(/^Saved 11 files · /);
  await page.close();
});

test('WebP and AVIF become JPEG when the settings ask; other formats stay', async ({
  extension,
}) => {
  await setSettings(extension, { downloadFormat: 'jpeg', jpegQuality: 0.8 });
  const p = extension.store.catalog.module;
  const page = await extension.context.newPage();
  await page.goto(p.url);
  const picker = await openPicker(page);
  for (const kind of ['variant', 'description', 'video']) {
    await picker.getByTestId(`alikeep-group-${kind}`).getByText('Select none').click();
  }
  await expect(picker.getByTestId('alikeep-download-start')).toHaveText('Download 5 files');
  const before = listFiles(extension.downloadsDir);
  await picker.getByTestId('alikeep-download-start').click();
  const files = await waitForFiles(extension.downloadsDir, before, 5);
  const names = files.map((f) => f.split('/').pop());
  expect(names).toEqual([
    'gallery-1.jpg',
    'gallery-2.jpg',
    'gallery-3.jpg',
    'gallery-4.png',
    'gallery-5.jpg',
  ]);
  for (const f of files) {
    const bytes = readFileSync(join(extension.downloadsDir, f));
    if (f.endsWith('.jpg')) expect([bytes[0], bytes[1]], f).toEqual([0xff, 0xd8]);
    else expect(bytes.subarray(1, 4).toString('latin1'), f).toBe('PNG');
  }
  // The converted WebP decodes to the original's size: it was re-encoded, not renamed.
  const converted = join(extension.downloadsDir, files[1]!);
  const size = await page.evaluate(async (b64) => {
    const blob = await (await fetch(`data:image/jpeg;base64,${b64}`)).blob();
    const bitmap = await createImageBitmap(blob);
    return [bitmap.width, bitmap.height];
  }, readFileSync(converted).toString('base64'));
  expect(size).toEqual([800, 800]);
  await page.close();
});

test('ZIP mode saves one archive holding every chosen file', async ({ extension }) => {
  const p = extension.store.catalog.component;
  const { page, archive, entries } = await downloadArchive(extension, p);
  expect(archive).toBe(`AliExpress/${p.title} (${p.id}).zip`);
  const names = Object.keys(entries).sort();
  expect(names).toEqual(
    [
      'description-1.jpg',
      'gallery-1.webp',
      'gallery-2.jpg',
      'gallery-3.avif',
      'gallery-4.jpg',
      'variant-1.jpg',
      'variant-2.jpg',
      'variant-3.jpg',
      'video-1.mp4',
    ].map((f) => `${p.title} (${p.id})/${f}`),
  );
  const hashOf = async (data: Uint8Array) =>
    (await import('node:crypto')).createHash('sha256').update(data).digest('hex');
  expect(await hashOf(entries[names[0]!]!)).toBe(p.descriptionImages[0]!.sha256);
  expect(await hashOf(entries[names[1]!]!)).toBe(p.gallery[0]!.sha256);
  expect(await hashOf(entries[names[8]!]!)).toBe(p.video!.sha256);
  await expect(page.getByTestId('alikeep-progress')).toHaveText(/^Saved 9 files · /);
  await page.close();
});

test('ZIP mode with conversion: WebP and AVIF entries are PNGs that decode at full size', async ({
  extension,
}) => {
  await setSettings(extension, { downloadFormat: 'png' });
  const p = extension.store.catalog.component;
  const { page, entries } = await downloadArchive(extension, p);
  const folder = `${p.title} (${p.id})`;
  expect(Object.keys(entries).sort()).toEqual(
    [
      'description-1.jpg',
      'gallery-1.png',
      'gallery-2.jpg',
      'gallery-3.png',
      'gallery-4.jpg',
      'variant-1.jpg',
      'variant-2.jpg',
      'variant-3.jpg',
      'video-1.mp4',
    ].map((f) => `${folder}/${f}`),
  );
  for (const name of ['gallery-1.png', 'gallery-3.png']) {
    const bytes = entries[`${folder}/${name}`]!;
    expect(Buffer.from(bytes.subarray(1, 4)).toString('latin1'), name).toBe('PNG');
    const size = await page.evaluate(async (b64) => {
      const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
      const bitmap = await createImageBitmap(blob);
      return [bitmap.width, bitmap.height];
    }, Buffer.from(bytes).toString('base64'));
    expect(size, name).toEqual([800, 800]);
  }
  // What needed no conversion is packed byte for byte.
  const hashOf = async (data: Uint8Array) =>
    (await import('node:crypto')).createHash('sha256').update(data).digest('hex');
  expect(await hashOf(entries[`${folder}/gallery-2.jpg`]!)).toBe(p.gallery[1]!.sha256);
  await page.close();
});

test('a file the server refuses is listed, and a retry saves it', async ({ extension }) => {
  const p = extension.store.catalog.us;
  const broken = p.gallery[1]!;
  // Missing three times (the picker's measure and both tries of the download), then served. A 404
  // rather than a 5xx: Chromium throttles extension requests after repeated server errors.
  extension.store.setFault(broken.url, { status: 404, times: 3, exact: true });
  const page = await extension.context.newPage();
  await page.goto(p.url);
  const picker = await openPicker(page);
  for (const kind of ['variant', 'description']) {
    await picker.getByTestId(`alikeep-group-${kind}`).getByText('Select none').click();
  }
  const before = listFiles(extension.downloadsDir);
  await picker.getByTestId('alikeep-download-start').click();
  await expect(page.getByTestId('alikeep-download-failures')).toContainText(
    'gallery-2: The server answered 404.',
  );
  expect((await waitForFiles(extension.downloadsDir, before, 2)).length).toBe(2);
  // Listed before the click: a retried file can be on disk before the click call returns.
  const beforeRetry = listFiles(extension.downloadsDir);
  await page.getByTestId('alikeep-download-retry').click();
  const [third] = await waitForFiles(extension.downloadsDir, beforeRetry, 1);
  expect(third).toBe(`${folderOf(p.title, p.id)}/gallery-2.jpg`);
  expect(sha256(join(extension.downloadsDir, third!))).toBe(broken.sha256);
  await expect(page.getByTestId('alikeep-download-failures')).toHaveCount(0);
  await page.close();
});

/** Opens the product's page and the popup for its tab, and clicks "download all" there. */
async function downloadAllFromPopup(extension: Extension, product: CatalogProduct) {
  const page = await extension.context.newPage();
  await page.goto(product.url);
  await expect(page.getByTestId('alikeep-download')).toBeVisible();
  const popup = await openPopupFor(extension, page);
  const before = listFiles(extension.downloadsDir);
  await popup.getByTestId('popup-download-all').click();
  return { page, popup, before };
}

test('the popup downloads everything on the tab, once however often it is clicked', async ({
  extension,
}) => {
  await setSettings(extension, { includeVideos: false });
  const p = extension.store.catalog.alibaba;
  const page = await extension.context.newPage();
  await page.goto(p.url);
  await expect(page.getByTestId('alikeep-download')).toBeVisible();
  // One slow file keeps the download running past the second click, as on a real connection.
  extension.store.setFault(p.gallery[2]!.url, { delayMs: 1500, exact: true });
  const popup = await openPopupFor(extension, page);
  const before = listFiles(extension.downloadsDir);
  const button = popup.getByTestId('popup-download-all');
  await expect(button).toHaveText('Download all images and videos');
  // Two clicks 200 ms apart, where the button is: the second must not start a second download.
  const box = (await button.boundingBox())!;
  await popup.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(button).toBeDisabled();
  await expect(button).toHaveText('Downloading…');
  await popup.waitForTimeout(200);
  await popup.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  // The status follows the job to its end. Alibaba's description comes as HTML inside JSON from
  // its own host.
  const status = popup.getByTestId('popup-download-status');
  await expect(status).toHaveText(/^Saved 4 files · \d/, { timeout: 30_000 });
  await expect(button).toBeEnabled();
  await expect(button).toHaveText('Download all images and videos');
  const files = await waitForFiles(extension.downloadsDir, before, 4);
  expect(files.map((f) => f.split('/').pop())).toEqual([
    'description-1.jpg',
    'gallery-1.jpg',
    'gallery-2.webp',
    'gallery-3.jpg',
  ]);
  expect(files[0]!.startsWith('AliExpress/Custom Printed Cotton Tote Bags with Logo (')).toBe(true);
  // Nothing else arrives later either (a second job would add "gallery-1 (1).jpg" and the like).
  await popup.waitForTimeout(500);
  expect(listFiles(extension.downloadsDir).filter((f) => !before.includes(f))).toEqual(files);
  await popup.close();
  await page.close();
});

test("the popup's download all reads the description first, unless the settings leave it out", async ({
  extension,
}) => {
  const p = extension.store.catalog.us;
  const all = expectedFiles(p);
  expect(all.filter((f) => f.kind === 'description')).toHaveLength(1);
  const first = await downloadAllFromPopup(extension, p);
  await expect(first.popup.getByTestId('popup-download-status')).toHaveText(
    new RegExp(`^Saved ${all.length} files · `),
    { timeout: 30_000 },
  );
  const files = await waitForFiles(extension.downloadsDir, first.before, all.length);
  expect(files).toEqual(all.map((f) => `${folderOf(p.title, p.id)}/${f.name}`).sort());
  await first.popup.close();
  await first.page.close();

  rmSync(join(extension.downloadsDir, 'AliExpress'), { recursive: true, force: true });
  await setSettings(extension, { includeDescription: false });
  const second = await downloadAllFromPopup(extension, p);
  const without = all.filter((f) => f.kind !== 'description');
  await expect(second.popup.getByTestId('popup-download-status')).toHaveText(
    new RegExp(`^Saved ${without.length} files · `),
    { timeout: 30_000 },
  );
  await waitForFiles(extension.downloadsDir, second.before, without.length);
  await second.popup.close();
  await second.page.close();
});

test('the options page previews the naming template and refuses a broken one', async ({
  extension,
}) => {
  const options = await extension.openPage('src/options/index.html');
  const field = options.getByTestId('setting-folderTemplate');
  await field.fill('{site}/{store}/{kind}-{index}.{ext}');
  await expect(options.getByTestId('template-preview')).toContainText(
    'AliExpress/Morning Ritual Store/gallery-1.jpg',
  );
  await field.fill('{site}/{nope}/{kind}-{index}.{ext}');
  await expect(options.getByTestId('template-errors')).toHaveText(
    'Not saved: downloads keep the last valid template. The template uses a token that does not exist.',
  );
  // The last valid template is what was saved.
  const stored = await options.evaluate(
    async () =>
      (
        (await chrome.storage.local.get('settings')) as {
          settings: { values: Record<string, unknown> };
        }
      ).settings.values.folderTemplate,
  );
  expect(stored).toBe('{site}/{store}/{kind}-{index}.{ext}');
  // A reset shows the template in use, not the refused text.
  await field.fill('');
  await expect(options.getByTestId('template-errors')).toHaveText(
    'Not saved: downloads keep the last valid template. The template is empty.',
  );
  await options.getByTestId('settings-reset').click();
  await expect(field).toHaveValue('AliExpress/{title} ({id})/{kind}-{index}.{ext}');
  await expect(options.getByTestId('template-errors')).toHaveCount(0);
  await options.close();
});
