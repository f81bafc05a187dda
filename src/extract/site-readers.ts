/**
 * Which readers each site's item pages need. Every item page is read in its own site's script, so
 * it ships only its site's set (the manifest matches each script to its site's pages, from
 * policy/features/item-page.ts); `allReaders` is for pages whose site is not known in advance (the
 * worker's rechecks, the `npm run extract` CLI, the tests). Each set keeps the order of
 * `allReaders`, freshest data first: MAIN-world objects describe the page as it is now.
 */
import type { PageReaders } from './read-page';
import { readAer } from './readers/aer';
import { readAlibaba } from './readers/alibaba';
import { readComponent } from './readers/component';
import { readMtop } from './readers/csr-mtop';
import { readDom } from './readers/dom';
import { readInitData } from './readers/init-data';
import { readLegacy } from './readers/legacy';
import { readModule } from './readers/module';
import { readDcData, readJsonLd, readMetaTags } from './readers/page-meta';

/** Page-level sources every site may carry; the rendered DOM beats og tags, which may be stale after navigation. */
const fallback = [readDcData, readJsonLd, readDom, readMetaTags];

/**
 * aliexpress.com with its localized and mobile hosts, and aliexpress.us: every page generation
 * since 2018 (client-rendered, Component, Module, `_init_data_`, legacy flat `runParams`).
 */
export const aliexpressReaders: PageReaders = {
  format: [readMtop, readComponent, readModule, readInitData, readLegacy],
  fallback,
};

/** aliexpress.ru: the `__AER_DATA__` widget tree and the page's `/productData` answer. */
export const aliexpressRuReaders: PageReaders = { format: [readAer], fallback };

/** alibaba.com product pages: `window.detailData`. */
export const alibabaReaders: PageReaders = { format: [readAlibaba], fallback };

/** Every reader, for a page of any site. */
export const allReaders: PageReaders = {
  format: [readMtop, readAer, readAlibaba, readComponent, readModule, readInitData, readLegacy],
  fallback,
};
