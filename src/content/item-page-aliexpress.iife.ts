/**
 * The first script of aliexpress.com item pages (with its localized and mobile hosts) and of
 * aliexpress.us ones: the item page (item-page.ts) with the readers of AliExpress's own page
 * generations, and none of aliexpress.ru's or Alibaba's.
 */
import { aliexpressReaders } from '../extract/site-readers';
import { startItemPage } from './item-page';

startItemPage(aliexpressReaders);
