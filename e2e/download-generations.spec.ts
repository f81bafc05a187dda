/**
 * The whole download on every page generation the store serves, as a user does it: the item page,
 * the panel's download button, "Download" with the picker's default choice, and then exactly the
 * expected files on disk (names from the default template, the originals' bytes, every kind the
 * defaults choose: gallery, variants, the description document's images and the video).
 * Expectations come from the store's catalog, never from what the extension did. ZIP mode is
 * checked the same way on a client-rendered page.
 */
import { rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import {
  countByKind,
  downloadArchive,
  expectedFiles,
  folderOf,
  openPicker,
  setSettings,
} from './harness/download-steps';
import { listFiles, sha256, waitForFiles } from './harness/files';
import { PRODUCT_KEYS, type MediaKind } from './store/catalog';

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

test.beforeEach(async ({ extension }) => {
  await setSettings(extension, null);
  rmSync(join(extension.downloadsDir, 'AliExpress'), { recursive: true, force: true });
});

for (const key of PRODUCT_KEYS) {
  test(`${key} page: the default download saves every original under its template name`, async ({
    extension,
  }) => {
    const p = extension.store.catalog[key];
    const expected = expectedFiles(p);
    const page = await extension.context.newPage();
    await page.goto(p.url);
    const picker = await openPicker(page);
    await expect(picker.getByTestId('alikeep-download-start')).toHaveText(
      `Download ${expected.length} files`,
    );
    const before = listFiles(extension.downloadsDir);
    await picker.getByTestId('alikeep-download-start').click();
    const files = await waitForFiles(extension.downloadsDir, before, expected.length);

    const folder = folderOf(p.title, p.id);
    expect(files).toEqual(expected.map((f) => `${folder}/${f.name}`).sort());
    for (const f of expected) {
      expect(sha256(join(extension.downloadsDir, folder, f.name)), f.name).toBe(f.sha256);
    }
    // Per kind, as many files as the product has media: nothing the page shows was left out.
    const savedKinds = files.map((f) => ({ kind: f.split('/').pop()!.split('-')[0] as MediaKind }));
    expect(countByKind(savedKinds), 'files per kind').toEqual(countByKind(p.media));
    await expect(page.getByTestId('alikeep-progress')).toHaveText(
      new RegExp(`^Saved ${expected.length} files · `),
    );
    await page.close();
  });
}

test('ZIP mode on a client-rendered page: one archive, each entry named and byte-identical', async ({
  extension,
}) => {
  const p = extension.store.catalog.csr;
  const expected = expectedFiles(p);
  expect(expected.filter((f) => f.kind === 'description')).toHaveLength(p.descriptionImages.length);
  const { page, archive, entries } = await downloadArchive(extension, p);
  expect(archive).toBe(`${folderOf(p.title, p.id)}.zip`);
  const inside = `${p.title} (${p.id})`;
  expect(Object.keys(entries).sort()).toEqual(expected.map((f) => `${inside}/${f.name}`).sort());
  for (const f of expected) {
    expect(hashOf(entries[`${inside}/${f.name}`]!), f.name).toBe(f.sha256);
  }
  await expect(page.getByTestId('alikeep-progress')).toHaveText(
    new RegExp(`^Saved ${expected.length} files · `),
  );
  await page.close();
});

test('the description images are offered with the rest when the settings include them', async ({
  extension,
}) => {
  const p = extension.store.catalog.module;
  const page = await extension.context.newPage();
  await page.goto(p.url);
  const picker = await openPicker(page);
  await expect(picker.getByTestId('alikeep-group-description')).toContainText(
    `Description ${p.descriptionImages.length}`,
    { timeout: 5_000 },
  );
  await expect(
    picker.getByTestId('alikeep-group-description').getByTestId('alikeep-pick'),
  ).toHaveCount(p.descriptionImages.length);
  for (const pick of await picker
    .getByTestId('alikeep-group-description')
    .getByTestId('alikeep-pick')
    .all()) {
    await expect(pick).toBeChecked();
  }
  await page.close();
});

test('the description is not asked for on page load, nor with description images off', async ({
  extension,
}) => {
  const p = extension.store.catalog.module;
  const descriptionPath = new URL(p.descriptionUrl!).pathname;
  const asked = () =>
    extension.store.requests.filter((r) => r.path.startsWith(descriptionPath)).length;
  const page = await extension.context.newPage();
  const before = asked();
  await page.goto(p.url);
  await expect(page.getByTestId('alikeep-download')).toBeVisible();
  expect(asked(), 'requests for the description on page load').toBe(before);
  await setSettings(extension, { includeDescription: false });
  await page.reload();
  const picker = await openPicker(page);
  await expect(picker.getByTestId('alikeep-group-gallery')).toBeVisible();
  await expect(picker.getByTestId('alikeep-group-description')).toHaveCount(0);
  expect(asked(), 'requests for the description with description images off').toBe(before);
  await page.close();
});

test('a description that cannot be loaded gets a note, and the rest still downloads', async ({
  extension,
}) => {
  const p = extension.store.catalog.csr;
  extension.store.setFault(p.descriptionUrl!, { status: 404, times: 1, exact: true });
  const page = await extension.context.newPage();
  await page.goto(p.url);
  const picker = await openPicker(page);
  await expect(picker.getByTestId('alikeep-description-note')).toHaveText(
    'The description could not be loaded: the server answered 404. The other files can still be downloaded.',
  );
  const expected = expectedFiles(p).filter((f) => f.kind !== 'description');
  await expect(picker.getByTestId('alikeep-download-start')).toHaveText(
    `Download ${expected.length} files`,
  );
  const before = listFiles(extension.downloadsDir);
  await picker.getByTestId('alikeep-download-start').click();
  const files = await waitForFiles(extension.downloadsDir, before, expected.length);
  expect(files).toEqual(expected.map((f) => `${folderOf(p.title, p.id)}/${f.name}`).sort());
  await page.close();
});
