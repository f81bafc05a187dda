/** The in-page panel on AliExpress and Alibaba item pages (src/content, src/background/reattach.ts). */
import type { FeatureDeclaration } from '../schema';

/**
 * Item pages per site. Each site's pages get that site's own item-page script (manifest.config.ts
 * has one content-script entry per site, src/content/item-page-<site>.iife.ts), so a page ships
 * only the page readers it can use; aliexpress.ru pages also get the `/productData` capture.
 */
export const itemPageSiteMatches = {
  /** aliexpress.com with its localized (es., fr., …) and mobile (m.) hosts, and aliexpress.us. */
  aliexpress: [
    '*://*.aliexpress.com/item/*',
    '*://*.aliexpress.com/i/*',
    '*://*.aliexpress.us/item/*',
    '*://*.aliexpress.us/i/*',
  ],
  aliexpressRu: ['*://*.aliexpress.ru/item/*'],
  alibaba: ['*://*.alibaba.com/product-detail/*'],
};

/** AliExpress item pages; background rechecks (policy/features/background-recheck.ts) fetch these. */
export const aliexpressItemMatches = [
  ...itemPageSiteMatches.aliexpress,
  ...itemPageSiteMatches.aliexpressRu,
];

/** Item pages AliKeep's content scripts run on: every site's, the matches of the shared scripts. */
export const itemPageMatches = [...aliexpressItemMatches, ...itemPageSiteMatches.alibaba];

export const itemPage: FeatureDeclaration = {
  feature: {
    id: 'item-page',
    name: 'Panel on item pages',
    summary:
      'Shows AliKeep’s small panel on AliExpress and Alibaba item pages. AliKeep reads the open page only to find the item and place the panel; nothing about the page is stored.',
    tier: 'basic',
    status: 'shipped',
  },
  permissions: [
    {
      name: 'scripting',
      kind: 'required',
      justification:
        'After AliKeep is installed or updated, Chrome does not run its content script in item tabs that are already open. AliKeep uses scripting to re-attach its panel to those open item pages, and only to them.',
      features: ['item-page'],
      installWarning: null,
    },
  ],
  hostAccess: [
    {
      id: 'item-pages',
      patterns: itemPageMatches,
      kind: 'required',
      uses: ['content-script', 'inject'],
      why: 'AliKeep’s panel runs on AliExpress and Alibaba item pages only, to show the panel for the item on screen. No other pages of these sites and no other sites are touched.',
      features: ['item-page'],
    },
  ],
  dataItems: [
    {
      id: 'item-page-content',
      name: 'The open item page',
      what: 'The address of the open item page, the item id read from it, and where the page shows its product gallery.',
      source: 'The AliExpress or Alibaba item page open in your browser.',
      features: ['item-page'],
      purpose: 'To show the panel for the item on screen and place it beside the product gallery.',
      legalBasis: 'contract',
      storage: { area: 'memory' },
      retention: 'session',
      retentionNote:
        'Only while the item page is open; it is gone when you leave or close the page.',
      sentTo: [],
      deletion: 'Nothing to delete: it is never saved. Closing the page discards it.',
      chromeWebStoreCategories: ['websiteContent'],
      firefoxCategory: 'none',
    },
  ],
};
