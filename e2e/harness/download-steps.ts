/**
 * Steps the download specs share: settings through the worker, the picker as a user opens it, and
 * what a download of a store product must leave on disk, worked out from the store's own catalog.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import type { Extension } from '../fixtures';
import type { CatalogMedia, CatalogProduct, MediaKind } from '../store/catalog';
import type { SettingsPatch } from '../../src/settings/defaults';
import { listFiles, waitForFiles } from './files';

/** Applies `patch` to the settings, or resets them all with null. */
export async function setSettings(extension: Extension, patch: SettingsPatch | null) {
  const page = await extension.openPage('src/options/index.html');
  const reply = await page.evaluate(
    (p) =>
      chrome.runtime.sendMessage(
        p ? { type: 'updateSettings', payload: p } : { type: 'resetSettings', payload: null },
      ),
    patch,
  );
  expect(reply).toMatchObject({ ok: true });
  await page.close();
}

/**
 * Clicks the panel's download button and returns the picker, checked to sit inside the window,
 * once it has finished reading the product's description (its images join the choice then).
 */
export async function openPicker(page: Page): Promise<Locator> {
  await page.getByTestId('alikeep-download').click();
  const picker = page.getByTestId('alikeep-picker');
  await expect(picker).toBeVisible();
  await expect(
    picker.locator('[data-testid="alikeep-group-description"][aria-busy="true"]'),
  ).toHaveCount(0);
  const box = (await picker.boundingBox())!;
  const view = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(view.width);
  expect(box.y + box.height).toBeLessThanOrEqual(view.height);
  return picker;
}

/**
 * In ZIP mode: opens the product's page, starts the picker's default choice, and returns the
 * page, the archive's path in the downloads folder and its entries.
 */
export async function downloadArchive(extension: Extension, product: CatalogProduct) {
  await setSettings(extension, { downloadZip: true });
  const page = await extension.context.newPage();
  await page.goto(product.url);
  const picker = await openPicker(page);
  const before = listFiles(extension.downloadsDir);
  await picker.getByTestId('alikeep-download-start').click();
  const [archive] = await waitForFiles(extension.downloadsDir, before, 1);
  const entries = unzipSync(readFileSync(join(extension.downloadsDir, archive!)));
  return { page, archive, entries };
}

/** The product's folder under the default template `AliExpress/{title} ({id})/…`. */
export const folderOf = (title: string, id: string) => `AliExpress/${title} (${id})`;

/** The extension a file gets from its bytes, as the store's catalog describes them. */
const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'video/mp4': 'mp4',
};

const KIND_ORDER: MediaKind[] = ['gallery', 'variant', 'description', 'video'];

export interface ExpectedFile {
  /** Path under the product's folder, e.g. "gallery-2.webp". */
  name: string;
  kind: MediaKind;
  sha256: string;
}

/**
 * The files a download with the default template saves for `product`: each kind in page order,
 * numbered from 1 within its kind (zero-padded to the kind's count), with the extension its bytes
 * call for.
 */
export function expectedFiles(
  product: CatalogProduct,
  kinds: readonly MediaKind[] = KIND_ORDER,
): ExpectedFile[] {
  return KIND_ORDER.filter((k) => kinds.includes(k)).flatMap((kind) => {
    const ofKind: CatalogMedia[] = product.media.filter((m) => m.kind === kind);
    const width = String(ofKind.length).length;
    return ofKind.map((m, i) => {
      const ext = EXTENSIONS[m.mime];
      if (!ext) throw new Error(`No extension known for ${m.mime} (${m.url})`);
      return {
        name: `${kind}-${String(i + 1).padStart(width, '0')}.${ext}`,
        kind,
        sha256: m.sha256,
      };
    });
  });
}

/** How many files of each kind, for a readable failure message. */
export function countByKind(files: { kind: MediaKind }[]): Partial<Record<MediaKind, number>> {
  const counts: Partial<Record<MediaKind, number>> = {};
  for (const f of files) counts[f.kind] = (counts[f.kind] ?? 0) + 1;
  return counts;
}
