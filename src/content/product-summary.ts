/**
 * What the panel and the popup show about the product on a page, and the diagnostic a user can
 * copy when a page cannot be read. The diagnostic holds no personal data: no query string, no
 * cookies, no account, no page text beyond what the reader reports.
 */
import type { FailureReason, MediaKind, Product } from '../extract/model';

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
  | { state: 'failed'; reason: FailureReason; message: string };

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

export function diagnostic(
  url: string,
  failure: { reason: FailureReason; message: string },
  version: string,
): string {
  let where = '(unreadable URL)';
  try {
    const u = new URL(url);
    where = `${u.host}${u.pathname}`;
  } catch {
    // keep the placeholder
  }
  return [
    `AliKeep ${version}: could not read an item page`,
    `page: ${where}`,
    `reason: ${failure.reason}`,
    `detail: ${failure.message.slice(0, 300)}`,
  ].join('\n');
}
