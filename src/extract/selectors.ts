/**
 * Every host-page selector the readers use, with the pages where it must match. Pages change
 * their markup without notice: keep this list in one place so a breakage is a one-line fix.
 *
 * Fixture names refer to src/extract/fixtures (ours; selectors.test.ts checks each one there) and
 * ../shared/fixtures/aliexpress-real (R-nn).
 */
export const SELECTORS = {
  /** Legacy (2018) SKU buttons: `<a data-sku-id="<valueId>" title="Black"><img bigpic=...>`. legacy-2018.html. */
  legacySkuValue: '[data-sku-id]',
  /** Legacy title and store. legacy-2018.html. */
  legacyTitle: 'h1.product-name',
  legacyStore: '.shop-name a',

  /** 2022 rendered Module pages. module-us-2022.html, R-04. */
  moduleVideo: 'video#item-video',
  moduleTitle: '.product-title-text',
  moduleGallery: '.images-view-item img',

  /** Client-rendered pages (2024+), hashed class names matched by prefix. csr-dom-2025.html. */
  csrTitle: '[data-pl="product-title"]',
  csrCurrentPrice: '[class*="price--currentPriceText"]',
  csrOriginalPrice: '[class*="price--originalText"]',
  csrDiscount: '[class*="price--discount"]',
  csrGallery: '[class*="slider--img"] img',
  csrMagnifier: 'img[class*="magnifier--image"]',
  csrVideo: '[class*="video--wrap"] video',
  /** `data-sku-col="<propId>-<valueIdLong>"`, with an image inside for picture values. */
  csrSkuValue: '[data-sku-col]',
  /**
   * Store name on CSR pages. Not in the notes' list and seen in no real capture [I]: the prefixes
   * follow the naming of the others. csr-dom-2025.html.
   */
  csrStoreName: '[class*="store-detail--storeName"], [class*="store-info--name"]',
} as const;
