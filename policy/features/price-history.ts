/** A local price history per item, variant and currency. Planned; opt-in. */
import type { FeatureDeclaration } from '../schema';

/** Price records older than this are deleted when the worker starts, and daily while it runs. */
export const priceHistoryDays = 730;

export const priceHistory: FeatureDeclaration = {
  feature: {
    id: 'price-history',
    name: 'Price history',
    summary:
      'Records the prices of the items you look at, in your browser, so AliKeep can show how a price moved, its real lows and whether a claimed discount is real. Off until you switch it on.',
    tier: 'additional',
    status: 'shipped',
  },
  dataItems: [
    {
      id: 'price-history',
      name: 'Price history',
      what: 'For each item, variant and currency you viewed while price history was on: each price AliKeep saw and when it changed, and when the price was last seen; and for each item its id, title, picture address and page address.',
      source:
        'The AliExpress and Alibaba item pages you open and, with background rechecks on, the pages AliKeep rechecks for you.',
      features: ['price-history', 'background-recheck'],
      purpose:
        'To show you how the price of the item you are looking at moved, its lows and whether its discount is real, and to compare prices for your alerts.',
      legalBasis: 'consent',
      storage: {
        area: 'indexeddb',
        database: { name: 'alikeep-prices', stores: ['series', 'items'] },
      },
      retention: { days: priceHistoryDays },
      retentionNote: `Two years: AliKeep deletes price records older than ${priceHistoryDays} days each time it starts and once a day while it runs. An item’s title, picture and address stay while the item is on your watchlist. Switching price history off offers to delete all of it at once.`,
      sentTo: [],
      deletion:
        'Delete one item’s history or all of it in AliKeep’s options page, or remove AliKeep from your browser.',
      chromeWebStoreCategories: ['webHistory', 'websiteContent'],
      firefoxCategory: 'none',
    },
  ],
};
