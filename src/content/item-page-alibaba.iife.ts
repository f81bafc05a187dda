/**
 * The first script of alibaba.com product pages: the item page (item-page.ts) with the reader of
 * Alibaba's `detailData`, and none of AliExpress's.
 */
import { alibabaReaders } from '../extract/site-readers';
import { startItemPage } from './item-page';

startItemPage(alibabaReaders);
