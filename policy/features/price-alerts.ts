/** The watchlist, price alerts and the badge count. Planned; opt-in. */
import type { FeatureDeclaration } from '../schema';

export const priceAlerts: FeatureDeclaration = {
  feature: {
    id: 'price-alerts',
    name: 'Watchlist and price alerts',
    summary:
      'Lets you watch items with a target price or a minimum drop, lists them in the popup, and tells you with a browser notification and a badge when a watched price reaches your target. Off until you switch it on.',
    tier: 'additional',
    status: 'shipped',
  },
  permissions: [
    {
      name: 'notifications',
      kind: 'optional',
      justification:
        'AliKeep shows a browser notification when the price of an item you watch reaches the target you set. It asks for this permission when you set your first alert.',
      features: ['price-alerts'],
      installWarning: 'Display notifications',
    },
  ],
  dataItems: [
    {
      id: 'watchlist',
      name: 'Watchlist',
      what: 'The items you chose to watch: item id, variant and currency, your target price or drop, whether to alert on rises, the price when you started watching, the last price seen, when it was last checked, and which alerts were already shown. The item’s title, picture and page address are kept with its price history.',
      source:
        'You, with AliKeep’s watch button; prices come from the item pages you open and, with background rechecks on, from the rechecks.',
      features: ['price-alerts', 'background-recheck'],
      purpose:
        'To list the items you watch and to alert you, once, when a price reaches your target.',
      legalBasis: 'consent',
      storage: {
        area: 'indexeddb',
        database: { name: 'alikeep-prices', stores: ['watches'] },
      },
      retention: 'until-deleted',
      retentionNote:
        'Until you stop watching the item, delete the watchlist, or remove AliKeep from your browser.',
      sentTo: [],
      deletion:
        'Remove an item in the popup’s watchlist, delete the whole watchlist in AliKeep’s options page, or remove AliKeep.',
      chromeWebStoreCategories: ['websiteContent'],
      firefoxCategory: 'none',
    },
  ],
};
