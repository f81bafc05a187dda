/**
 * What the panel and the popup show about the product on a page, and the diagnostic a user can
 * copy when a page cannot be read. The diagnostic holds no personal data: only fixed texts and
 * codes, the page generation, counts and the extension version. No address, no page text, not even
 * the reader's own message (it may quote the page), so nothing a page shows can reach it.
 */
import type { FailureReason, MediaKind, PageClues, Product, Site } from '../extract/model';

export interface ProductSummary {
  id: string;
  title?: string;
  generation: Product['generation'];
  currency?: string;
  price?: number;
  media: Record<MediaKind, number>;
  variants: number;
  selectedVariant?: { id: string; name: string; price?: number };
}

export type ProductView =
  | { state: 'reading' }
  | { state: 'ready'; product: Product; selectedVariantId?: string }
  | { state: 'failed'; reason: FailureReason; message: string; clues?: PageClues };

export function summarize(view: ProductView): ProductSummary | null {
  if (view.state !== 'ready') return null;
  const p = view.product;
  const media: Record<MediaKind, number> = { gallery: 0, variant: 0, description: 0, video: 0 };
  for (const m of p.media) media[m.kind]++;
  const variantId = view.selectedVariantId ?? p.selectedVariantId;
  const selected = p.variants.find((v) => v.id === variantId);
  return {
    id: p.id,
    ...(p.title ? { title: p.title } : {}),
    generation: p.generation,
    ...(p.currency ? { currency: p.currency } : {}),
    ...(p.price ? { price: p.price.current } : {}),
    media,
    variants: p.variants.length,
    ...(selected
      ? {
          selectedVariant: {
            id: selected.id,
            name: selected.name,
            ...(selected.price !== undefined ? { price: selected.price } : {}),
          },
        }
      : {}),
  };
}

/** The one text each reason gets in a diagnostic. */
const REASON_TEXTS: Record<FailureReason, string> = {
  'invalid-input': 'The reader was given nothing it can read.',
  'not-item-page': 'The page is not an item page and holds no product data.',
  'no-product-data': 'The item page holds no readable product data (blocked, error or blank page).',
  'unsupported-format': 'The page holds product data in a shape no reader knows.',
  'item-unavailable': 'The page reports the item as unavailable.',
  'id-mismatch': 'The page data describes another item than the page address.',
  'internal-error': 'Reading the page failed unexpectedly.',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function diagnostic(
  site: Site | null,
  failure: { reason: FailureReason; clues?: PageClues | undefined },
  version: string,
): string {
  const clues = failure.clues;
  return [
    `AliKeep ${/^[\d.]{1,20}$/.test(version) ? version : 'unknown'}: could not read an item page`,
    `site: ${site ?? 'unknown'}`,
    `reason: ${failure.reason}`,
    `detail: ${REASON_TEXTS[failure.reason]}`,
    `generation: ${clues?.generation ?? 'unknown'}`,
    clues
      ? `found: ${plural(clues.dataObjects, 'data object', 'data objects')}, ` +
        `${plural(clues.jsonLd, 'JSON-LD block', 'JSON-LD blocks')}, ` +
        `${plural(clues.metaTags, 'meta tag', 'meta tags')}`
      : 'found: not read',
  ].join('\n');
}
