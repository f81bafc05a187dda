/**
 * The second route of background rechecks, for items whose AliExpress page renders its price only
 * once the page's own script runs: one short-lived inactive tab at a time, in which AliKeep's
 * item-page script reads the price as on any visit, closed right after
 * (src/background/prices/rechecks.ts). A tab is a visit in the user's own browser, with their
 * cookies and in their history, so it is its own opt-in, apart from the plain fetches.
 */
import type { FeatureDeclaration } from '../schema';
import { aliexpressItemMatches } from './item-page';

export const backgroundRecheckTabs: FeatureDeclaration = {
  feature: {
    id: 'background-recheck-tabs',
    name: 'Background tabs for price rechecks',
    summary:
      'Some AliExpress pages show their price only once they run in a browser. For those watched items, background rechecks open the page in an inactive tab of your browser, one at a time, read the price and close the tab. The tab carries your AliExpress cookies, as when you open the page yourself. Works together with background price rechecks. Off until you switch it on.',
    tier: 'additional',
    status: 'shipped',
  },
  hostAccess: [
    {
      id: 'item-page-recheck-tab',
      patterns: aliexpressItemMatches,
      kind: 'optional',
      uses: ['tab'],
      why: 'With background tabs for rechecks on, when a watched item’s AliExpress page shows its price only in a browser, AliKeep opens that page in an inactive tab, one at a time, reads the price there and closes the tab.',
      features: ['background-recheck-tabs'],
      recipient: 'aliexpress',
    },
  ],
  recipients: [
    {
      id: 'aliexpress',
      name: 'AliExpress (Alibaba Group)',
      receives:
        'With background tabs for rechecks on, the visit of that page in an inactive tab: the page address, your IP address, the usual browser headers and the cookies your browser holds for AliExpress, as when you open the page yourself; the page’s own scripts run in the tab as on any visit.',
      features: ['background-recheck-tabs'],
      hosts: ['*.aliexpress.com', '*.aliexpress.us', '*.aliexpress.ru'],
      transfers:
        'AliExpress handles these requests like any visit you make to its site, under its own privacy policy, and decides where it processes them.',
    },
  ],
  dataItems: [
    {
      id: 'recheck-tabs',
      name: 'Recheck tabs',
      what: 'The address of a watched item’s AliExpress page, opened in an inactive tab of your browser when its recheck is due and the page shows its price only in a browser.',
      source: 'Your watchlist.',
      features: ['background-recheck-tabs'],
      purpose:
        'To learn the current price of watched items whose pages show it only in a browser, without you opening them.',
      legalBasis: 'consent',
      storage: { area: 'memory' },
      retention: 'session',
      retentionNote:
        'AliKeep keeps nothing of the tab: it closes the tab once the price is read, or after 45 seconds at most. Like any page you open, the visit is in your browser’s history until you clear it.',
      sentTo: ['aliexpress'],
      deletion:
        'Nothing of AliKeep’s to delete; clear the visits from your browser’s history if you wish. Switch background tabs for rechecks off to stop them.',
      chromeWebStoreCategories: ['webHistory'],
      firefoxCategory: 'browsingActivity',
    },
  ],
};
