import { describe, expect, it } from 'vitest';
import { fixtureText, parseHtml } from './fixtures/load';
import { SELECTORS } from './selectors';

/** Where each selector must match (the typed map makes a new selector name its pages). */
const WHERE: Record<keyof typeof SELECTORS, string[]> = {
  legacySkuValue: ['legacy-2018.html'],
  legacyTitle: ['legacy-2018.html'],
  legacyStore: ['legacy-2018.html'],
  moduleVideo: ['module-us-2022.html'],
  moduleTitle: ['module-us-2022.html'],
  moduleGallery: ['module-us-2022.html'],
  csrTitle: ['csr-dom-2025.html'],
  csrCurrentPrice: ['csr-dom-2025.html'],
  csrOriginalPrice: ['csr-dom-2025.html'],
  csrDiscount: ['csr-dom-2025.html'],
  csrGallery: ['csr-dom-2025.html'],
  csrMagnifier: ['csr-dom-2025.html'],
  csrVideo: ['csr-dom-2025.html'],
  csrSkuValue: ['csr-dom-2025.html'],
  csrStoreName: ['csr-dom-2025.html'],
};

describe('host-page selectors', () => {
  it.each(Object.entries(WHERE))('%s matches its fixture pages', (name, pages) => {
    const selector = SELECTORS[name as keyof typeof SELECTORS];
    for (const page of pages) {
      expect(parseHtml(fixtureText(page)).querySelector(selector), page).not.toBeNull();
    }
  });
});
