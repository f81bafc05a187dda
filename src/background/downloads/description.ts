/**
 * Fetching a product's description document for its images: only from the hosts the policy
 * declares for it (policy/features/download.ts), without cookies, with a time limit and a size cap.
 * Asked for by the picker when it opens and by "download all", never on page load.
 */
import {
  hasDescriptionImages,
  MAX_DESCRIPTION_CHARS,
  parseDescription,
  withDescriptionImages,
} from '../../extract/description-images';
import type { Product } from '../../extract/model';
import { log } from '../../shared/log';
import { readCappedText } from '../capped-text';
import { isDescriptionUrl } from './media-hosts';

/** Why a description gave no images; the picker says it in the shopper's language. */
export type DescriptionProblem = 'host' | 'network' | 'status' | 'too-large' | 'shape';

export type DescriptionResult =
  { ok: true; images: string[] } | { ok: false; problem: DescriptionProblem; status?: number };

export const DESCRIPTION_TIMEOUT_MS = 15_000;
export const MAX_DESCRIPTION_BYTES = MAX_DESCRIPTION_CHARS;

/** The body as text, or null when it is larger than the cap (the rest is not downloaded). */
async function cappedText(response: Response): Promise<string | null> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > MAX_DESCRIPTION_BYTES) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  const { text, complete } = await readCappedText(response, MAX_DESCRIPTION_BYTES);
  return complete ? text : null;
}

/** The image addresses of the description at `url`, or why there are none. */
export async function readDescription(url: string): Promise<DescriptionResult> {
  if (!isDescriptionUrl(url)) return { ok: false, problem: 'host' };
  let response: Response;
  try {
    // policy-hosts: description-documents
    response = await fetch(url, {
      credentials: 'omit',
      // A redirect could lead off the declared hosts: refused rather than followed.
      redirect: 'error',
      signal: AbortSignal.timeout(DESCRIPTION_TIMEOUT_MS),
    });
  } catch (error) {
    log.info('The description could not be fetched:', String(error));
    return { ok: false, problem: 'network' };
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, problem: 'status', status: response.status };
  }
  let text: string | null;
  try {
    text = await cappedText(response);
  } catch (error) {
    log.info('The description broke off:', String(error));
    return { ok: false, problem: 'network' };
  }
  if (text === null) return { ok: false, problem: 'too-large' };
  const read = parseDescription(text, url);
  return read.ok ? { ok: true, images: read.images } : { ok: false, problem: read.problem };
}

/**
 * The product with its description images, for "download all" with description images on;
 * unchanged when it has none to read, already has them, or the description cannot be read (the
 * rest of the download goes ahead).
 */
export async function addDescriptionImages(product: Product): Promise<Product> {
  if (!product.descriptionUrl || hasDescriptionImages(product)) return product;
  const read = await readDescription(product.descriptionUrl);
  if (!read.ok) {
    log.info('Downloading without the description images:', read.problem);
    return product;
  }
  return withDescriptionImages(product, read.images);
}
