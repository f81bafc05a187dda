/**
 * The product as it travels from a content script to the worker: checked field by field, with
 * limits, because the page it was read from is not ours.
 */
import * as v from 'valibot';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const httpsUrl = v.pipe(v.string(), v.maxLength(2048), v.url(), v.startsWith('https://'));

export const productSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^\d{1,20}$/)),
  siteId: v.optional(v.pipe(v.string(), v.regex(/^\d{1,20}$/))),
  site: v.picklist(['aliexpress', 'alibaba']),
  url: httpsUrl,
  generation: v.picklist([
    'legacy',
    'module',
    'init-data',
    'mobile',
    'component',
    'csr',
    'aer',
    'alibaba',
  ]),
  title: v.optional(text(2000)),
  currency: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/))),
  price: v.optional(
    v.object({
      current: v.number(),
      original: v.optional(v.number()),
      min: v.optional(v.number()),
      max: v.optional(v.number()),
      discountPercent: v.optional(v.number()),
    }),
  ),
  media: v.pipe(
    v.array(
      v.object({
        kind: v.picklist(['gallery', 'variant', 'description', 'video']),
        url: httpsUrl,
        label: v.optional(text(500)),
      }),
    ),
    v.maxLength(2000),
  ),
  variants: v.pipe(
    v.array(
      v.object({
        id: text(200),
        name: text(500),
        image: v.optional(httpsUrl),
        price: v.optional(v.number()),
      }),
    ),
    v.maxLength(5000),
  ),
  selectedVariantId: v.optional(text(200)),
  store: v.optional(v.object({ name: text(500), url: v.optional(v.string()) })),
  descriptionUrl: v.optional(httpsUrl),
}) satisfies v.GenericSchema<unknown, unknown>;

export type ProductPayload = v.InferOutput<typeof productSchema>;

export { toPayload } from './product-payload';
