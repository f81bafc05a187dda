/**
 * Every selector AliKeep uses on host pages, with the page generations where each must match (the
 * offline store in e2e/store renders each generation). Hashed class names change with every site
 * deploy, so the newer pages are matched by the stable prefix of the class.
 */
export const gallerySelectors = [
  // 2019–22 "Module" pages and aliexpress.us of that era.
  '.images-view-wrap',
  '.image-viewer',
  // 2023–24 "Component" pages.
  '[class*="image-view--wrap"]',
  // 2024+ client-rendered pages.
  '[class*="slider--wrap"]',
  '[class*="magnifier--wrap"]',
  // aliexpress.ru.
  '[class*="Gallery_wrapper"]',
  '[data-widget="gallery"]',
  // m.aliexpress.com.
  '[class*="gallery--wrap"]',
  // alibaba.com product-detail.
  '.detail-main-img',
  '[class*="main-image"]',
] as const;

/** The product gallery element, or null when the page shows none (the panel then docks in the corner). */
export function findGallery(root: ParentNode): Element | null {
  for (const selector of gallerySelectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}
