/**
 * What to download for a product, in order, and what each file is called.
 *
 * `planDownload` lists the media (gallery, variants, description, videos; each kind in page order,
 * repeated URLs within a kind dropped), numbers them within their kind and names them with the
 * template. Numbers and zero-padding come from the whole product, not from the selection, so a
 * file keeps its name when the user downloads a subset later. `finalizePath` adds the extension
 * once the bytes are known (sniff.ts); it cannot make two paths equal, since stems are already
 * unique ignoring case and the extension is outside every length budget. `zipLayout` names the
 * archive and its entries for ZIP mode.
 */
import type { Media, MediaKind, Product } from '../extract/model';
import {
  DEFAULT_TEMPLATE,
  hasErrors,
  parseTemplate,
  renderStems,
  tokenValues,
  type TemplateIssue,
} from './filename-template';
import { DEFAULT_LIMITS, EXTENSION_PATTERN, finishSegment, type PathLimits } from './safe-path';
import { extensionFromUrl } from './sniff';

export const KIND_ORDER: readonly MediaKind[] = ['gallery', 'variant', 'description', 'video'];

export interface PlanOptions {
  includeVideos: boolean;
  includeDescription: boolean;
  /** Media URLs the user picked, or everything the flags above let through. */
  selection: ReadonlySet<string> | 'all';
  /** Naming template; the default is used (and its issues reported) when it has errors. */
  template?: string;
  /** The download's date, for {date}. */
  date: Date;
  limits?: PathLimits;
  /** Stems already in use in the target folder (pathKey form), to keep clear of. */
  taken?: ReadonlySet<string>;
}

export interface PlannedItem {
  /** Stable identity within the product ("gallery-3"), for persisted queues and retries. */
  key: string;
  url: string;
  kind: MediaKind;
  /** 1-based position within its kind. */
  index: number;
  /** How many media of this kind the product has. */
  count: number;
  /** The variant name, for variant images. */
  label?: string;
  /** Relative path without extension, e.g. "AliExpress/Lamp (1005001)/gallery-3". */
  stem: string;
  /** Extension the URL suggests; the real one comes from the bytes. */
  guessedExt: string;
}

export interface DownloadPlan {
  productId: string;
  items: PlannedItem[];
  /** Issues of the requested template; with errors, the default template was used instead. */
  templateIssues: TemplateIssue[];
}

function offered(kind: MediaKind, options: PlanOptions): boolean {
  return (
    (kind !== 'video' || options.includeVideos) &&
    (kind !== 'description' || options.includeDescription)
  );
}

/** Every media file of the product by kind, numbered, without repeats; before any selection. */
export function numberMedia(product: Product): (Media & { index: number; count: number })[] {
  return KIND_ORDER.flatMap((kind) => {
    const seen = new Set<string>();
    const ofKind = product.media.filter(
      (m) => m.kind === kind && !seen.has(m.url) && seen.add(m.url),
    );
    return ofKind.map((m, i) => ({ ...m, index: i + 1, count: ofKind.length }));
  });
}

export function planDownload(product: Product, options: PlanOptions): DownloadPlan {
  const requested = parseTemplate(options.template ?? DEFAULT_TEMPLATE);
  const parsed = hasErrors(requested.issues) ? parseTemplate(DEFAULT_TEMPLATE) : requested;
  const chosen = numberMedia(product).filter(
    (m) =>
      offered(m.kind, options) && (options.selection === 'all' || options.selection.has(m.url)),
  );
  const stems = renderStems(
    parsed,
    chosen.map((m) => tokenValues(product, m, options.date)),
    {
      limits: options.limits ?? DEFAULT_LIMITS,
      ...(options.taken ? { taken: options.taken } : {}),
    },
  );
  return {
    productId: product.id,
    templateIssues: requested.issues,
    items: chosen.map((m, i) => ({
      key: `${m.kind}-${m.index}`,
      url: m.url,
      kind: m.kind,
      index: m.index,
      count: m.count,
      ...(m.label === undefined ? {} : { label: m.label }),
      stem: stems[i] ?? '',
      guessedExt: extensionFromUrl(m.url)?.ext ?? 'bin',
    })),
  };
}

/** The final relative path once the extension is known; anything but 1-5 of [a-z0-9] becomes "bin". */
export function finalizePath(item: Pick<PlannedItem, 'stem'>, ext: string): string {
  const clean = ext.toLowerCase().replace(/^\./, '');
  return `${item.stem}.${EXTENSION_PATTERN.test(clean) ? clean : 'bin'}`;
}

export interface ZipLayout {
  /** Path of the archive, e.g. "AliExpress/Lamp (1005001).zip". */
  archivePath: string;
  /** Entry name inside the archive for an item, given its extension. */
  entryName(item: Pick<PlannedItem, 'stem'>, ext: string): string;
}

/**
 * ZIP mode: the folders all items share become the archive's name, the rest the entry names
 * ("AliExpress/Lamp (1005001)/gallery-1.jpg" → "AliExpress/Lamp (1005001).zip" holding
 * "gallery-1.jpg"). With no shared folder the archive is named after the product id.
 */
export function zipLayout(plan: DownloadPlan, limits = DEFAULT_LIMITS): ZipLayout {
  const folders = plan.items.map((item) => item.stem.split('/').slice(0, -1));
  let shared = folders[0] ?? [];
  for (const f of folders) {
    let n = 0;
    while (n < shared.length && shared[n] === f[n]) n++;
    shared = shared.slice(0, n);
  }
  const strip = shared.length;
  const name = shared[strip - 1] ?? `AliKeep ${plan.productId}`;
  // A folder name may use all 255 bytes; as a file name it must also hold ".zip".
  const file = finishSegment(name, { maxBytes: limits.maxFileNameBytes - 4 });
  return {
    archivePath: [...shared.slice(0, -1), `${file}.zip`].join('/'),
    entryName: (item, ext) => finalizePath(item, ext).split('/').slice(strip).join('/'),
  };
}
