/**
 * Rechecking watched prices without the user opening the pages, by a plain fetch without cookies
 * where the price is in the served HTML (src/background/prices/rechecks.ts). Opt-in. Pages that
 * render their price themselves need a tab: that route is its own opt-in,
 * policy/features/background-recheck-tabs.ts; without it their price is read on the user's next visit.
 */
import type { FeatureDeclaration } from '../schema';
import { aliexpressItemMatches } from './item-page';

export const backgroundRecheck: FeatureDeclaration = {
  feature: {
    id: 'background-recheck',
    name: 'Background price rechecks',
    summary:
      'Rechecks the prices of your watched items on a schedule (every 12 hours unless you choose otherwise, never more than once an hour per item) by loading their AliExpress pages in the background, so you learn about a drop without opening them. Off until you switch it on.',
    tier: 'additional',
    status: 'shipped',
  },
  permissions: [
    {
      name: 'alarms',
      kind: 'optional',
      justification:
        'With background rechecks on, an alarm wakes AliKeep when the next recheck of your watched items is due.',
      features: ['background-recheck'],
      installWarning: null,
    },
  ],
  hostAccess: [
    {
      id: 'item-page-recheck',
      patterns: aliexpressItemMatches,
      kind: 'optional',
      uses: ['fetch'],
      why: 'To recheck a watched item, AliKeep requests its AliExpress page from your browser and reads the price. Only the pages of items on your watchlist are requested.',
      features: ['background-recheck'],
      recipient: 'aliexpress',
    },
  ],
  recipients: [
    {
      id: 'aliexpress',
      name: 'AliExpress (Alibaba Group)',
      receives:
        'Requests for the pages of the items on your watchlist when their recheck is due: the page address, your IP address and the usual browser headers, without your cookies.',
      features: ['background-recheck'],
      hosts: ['*.aliexpress.com', '*.aliexpress.us', '*.aliexpress.ru'],
      transfers:
        'AliExpress handles these requests like any visit you make to its site, under its own privacy policy, and decides where it processes them.',
    },
  ],
  dataItems: [
    {
      id: 'recheck-requests',
      name: 'Recheck requests',
      what: 'The address of a watched item’s AliExpress page, requested when its recheck is due.',
      source: 'Your watchlist.',
      features: ['background-recheck'],
      purpose: 'To learn the current price of the items you watch without you opening them.',
      legalBasis: 'consent',
      storage: { area: 'memory' },
      retention: 'session',
      retentionNote:
        'Not kept: the page is read for its price and discarded; the price goes into your watchlist and price history.',
      sentTo: ['aliexpress'],
      deletion: 'Nothing to delete. Switch background rechecks off to stop the requests.',
      chromeWebStoreCategories: ['webHistory'],
      firefoxCategory: 'browsingActivity',
    },
  ],
};
