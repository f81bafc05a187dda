import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };
import { itemPageSiteMatches } from './policy/features/item-page.ts';
import { manifestFields } from './policy/manifest-fields.ts';

/** One site's item pages, as far as the shipped features declare them (policy/). */
const sitePages = (site: keyof typeof itemPageSiteMatches): string[] =>
  itemPageSiteMatches[site].filter((match) => manifestFields.itemPageMatches.includes(match));

export default defineManifest({
  manifest_version: 3,
  name: '__MSG_extName__',
  description: '__MSG_extDescription__',
  version: pkg.version,
  default_locale: 'en',
  minimum_chrome_version: '116',
  icons: {
    16: 'icons/icon-16.png',
    32: 'icons/icon-32.png',
    48: 'icons/icon-48.png',
    128: 'icons/icon-128.png',
  },
  action: {
    default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
    default_title: '__MSG_actionTitle__',
    default_popup: 'src/popup/index.html',
  },
  options_ui: {
    page: 'src/options/index.html',
    open_in_tab: true,
  },
  background: {
    service_worker: 'src/background/index.ts',
    type: 'module',
  },
  // MAIN-world scripts first: the isolated script asks the hand-off for the page's data as it
  // starts, and the worker's re-attach (src/background/reattach.ts) injects in this order too.
  content_scripts: [
    {
      // Hands the page's own data objects to the isolated script (see src/content/page-data/).
      matches: manifestFields.itemPageMatches,
      js: ['src/content/page-data/page-data.iife.ts'],
      run_at: 'document_start',
      world: 'MAIN',
    },
    {
      // aliexpress.ru keeps its variants and prices in the page's own `/productData` answer.
      matches: sitePages('aliexpressRu'),
      js: ['src/content/page-data/capture-product-data.iife.ts'],
      run_at: 'document_start',
      world: 'MAIN',
    },
    // One first script per site, each with only its site's page readers (src/content/item-page.ts
    // and its entries), once the page's HTML is complete.
    {
      matches: sitePages('aliexpress'),
      js: ['src/content/item-page-aliexpress.iife.ts'],
      run_at: 'document_end',
    },
    {
      matches: sitePages('aliexpressRu'),
      js: ['src/content/item-page-aliexpress-ru.iife.ts'],
      run_at: 'document_end',
    },
    {
      matches: sitePages('alibaba'),
      js: ['src/content/item-page-alibaba.iife.ts'],
      run_at: 'document_end',
    },
  ],
  permissions: manifestFields.permissions as chrome.runtime.ManifestPermission[],
  optional_permissions: manifestFields.optional_permissions as chrome.runtime.ManifestPermission[],
  host_permissions: manifestFields.host_permissions,
});
