/**
 * The picker's description images: asked of the worker when the picker opens (never on page load),
 * only with description images on in the settings. Until the answer comes the Description group
 * shows that it is loading; a failure becomes a note in that group and the rest of the picker works.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DescriptionResult } from '../../background/downloads/description';
import { hasDescriptionImages, withDescriptionImages } from '../../extract/description-images';
import type { Product } from '../../extract/model';
import { t } from '../../shared/i18n';
import { sendToWorker } from '../../shared/messaging';

export type DescriptionState =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'ready'; images: string[] }
  | { state: 'failed'; note: string };

/** The shopper's words for why the description gave no images. */
export function descriptionNote(result: Exclude<DescriptionResult, { ok: true }>): string {
  switch (result.problem) {
    case 'host':
      return t('pickerDescriptionFailedHost');
    case 'network':
      return t('pickerDescriptionFailedNetwork');
    case 'status':
      return t('pickerDescriptionFailedStatus', String(result.status ?? 0));
    case 'too-large':
      return t('pickerDescriptionFailedSize');
    case 'shape':
      return t('pickerDescriptionFailedShape');
  }
}

export function useDescription(
  product: Product,
  include: boolean,
): { product: Product; description: DescriptionState } {
  const wanted = include && Boolean(product.descriptionUrl) && !hasDescriptionImages(product);
  const [description, setDescription] = useState<DescriptionState>(
    wanted ? { state: 'loading' } : { state: 'none' },
  );
  useEffect(() => {
    if (!wanted || !product.descriptionUrl) return;
    let live = true;
    setDescription({ state: 'loading' });
    void sendToWorker('readDescription', { url: product.descriptionUrl }).then((reply) => {
      if (!live) return;
      if (!reply.ok) setDescription({ state: 'failed', note: t('pickerDescriptionFailedNetwork') });
      else if (!reply.value.ok)
        setDescription({ state: 'failed', note: descriptionNote(reply.value) });
      else setDescription({ state: 'ready', images: reply.value.images });
    });
    return () => {
      live = false;
    };
  }, [wanted, product.descriptionUrl]);
  const full = useMemo(
    () =>
      description.state === 'ready' ? withDescriptionImages(product, description.images) : product,
    [product, description],
  );
  return { product: full, description };
}
