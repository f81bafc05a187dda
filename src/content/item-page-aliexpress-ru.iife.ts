/**
 * The first script of aliexpress.ru item pages: the item page (item-page.ts) with the reader of
 * aliexpress.ru's widget tree and `/productData` answer (which the MAIN-world
 * page-data/capture-product-data.iife.ts keeps for it), and no other site's readers.
 */
import { aliexpressRuReaders } from '../extract/site-readers';
import { startItemPage } from './item-page';

startItemPage(aliexpressRuReaders);
