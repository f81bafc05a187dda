/** A local price history per item, variant and currency (issue 5). Planned; opt-in. */
import type { FeatureDeclaration } from '../schema';

/** Price records older than this are deleted every day. */
export const priceHistoryDays = 730;

export const priceHistory: FeatureDeclaration = {
  feature: {
    id: 'price-history',
    name: 'Price history',
    summary:
      'Records the prices of the items you look at, in your browser, so AliKeep can show how a price moved, its real lows and whether a claimed discount is real. Off until you switch it on.',
    tier: 'additional',
    status: 'planned',
  },
  permissions: [
    {
      name: 'alarms',
      kind: 'optional',
      justification:
        'Once a day an alarm wakes AliKeep to delete price records older than this policy allows, even if you do not visit AliExpress that day.',
      features: ['price-history'],
      installWarning: null,
    },
  ],
  dataItems: [
    {
      id: 'price-history',
      name: 'Price history',
      what: 'For each item, variant and currency you viewed while price history was on: the item id, title, picture address and variant name, each price AliKeep saw and when it changed, and when the price was last seen.',
      source:
        'The AliExpress and Alibaba item pages you open and, with background rechecks on, the pages AliKeep rechecks for you.',
      features: ['price-history', 'background-recheck'],
      purpose:
        'To show you how the price of the item you are looking at moved, its lows and whether its discount is real, and to compare prices for your alerts.',
      legalBasis: 'consent',
      storage: {
        area: 'indexeddb',
        database: { name: 'alikeep', stores: ['priceSeries', 'pricePoints'] },
      },
      retention: { days: priceHistoryDays },
      retentionNote: `Two years: every day AliKeep deletes price records older than ${priceHistoryDays} days. Switching price history off offers to delete all of it at once.`,
      sentTo: [],
      deletion:
        'Delete one item’s history or all of it in AliKeep’s options page, or remove AliKeep from your browser.',
      chromeWebStoreCategories: ['webHistory', 'websiteContent'],
      firefoxCategory: 'none',
    },
  ],
};
