/**
 * Optional sync of preferences and watchlist through chrome.storage.sync, the browser's own sync
 *: no server of ours, but the data leaves the device. Opt-in. The watchlist is split
 * over a header key and twelve parts so that each stays under the browser's 8 KB per-key limit.
 */
import type { FeatureDeclaration } from '../schema';

export const sync: FeatureDeclaration = {
  feature: {
    id: 'sync',
    name: 'Sync across your browsers',
    summary:
      'Copies your AliKeep preferences and watchlist to your other browsers through the browser’s own sync (your Google account in Chrome, your Mozilla account in Firefox). Your price history is not synced. Off until you switch it on.',
    tier: 'additional',
    status: 'shipped',
  },
  permissions: [
    {
      name: 'storage',
      kind: 'optional',
      justification:
        'With sync on, a copy of your preferences and watchlist is kept in the browser’s synced extension storage.',
      features: ['sync'],
      installWarning: null,
    },
  ],
  recipients: [
    {
      id: 'browser-sync',
      name: 'The sync service of your browser',
      receives:
        'A copy of your AliKeep preferences and watchlist, kept with your browser account so that your other browsers receive it.',
      features: ['sync'],
      hosts: [],
      transfers:
        'The browser’s maker (Google for Chrome, Mozilla for Firefox) stores synced data under its own privacy terms and decides where; AliKeep never contacts it itself.',
    },
  ],
  dataItems: [
    {
      id: 'synced-settings',
      name: 'Synced preferences',
      what: 'A copy of your AliKeep preferences.',
      source: 'Your saved preferences.',
      features: ['sync'],
      purpose: 'To give your other browsers the same AliKeep preferences.',
      legalBasis: 'consent',
      storage: { area: 'storage.sync', keys: ['syncedSettings'] },
      retention: 'until-deleted',
      retentionNote: 'Until you switch sync off (AliKeep then deletes its synced copy).',
      sentTo: ['browser-sync'],
      deletion: 'Switch sync off in AliKeep’s options page; AliKeep deletes the synced copy.',
      chromeWebStoreCategories: [],
      firefoxCategory: 'technicalAndInteraction',
    },
    {
      id: 'synced-watchlist',
      name: 'Synced watchlist',
      what: 'A compact copy of your watchlist: the items you watch, their page addresses and your targets.',
      source: 'Your watchlist.',
      features: ['sync'],
      purpose: 'To show the same watchlist, and the same alerts, in your other browsers.',
      legalBasis: 'consent',
      storage: {
        area: 'storage.sync',
        keys: [
          'syncedWatchlist',
          'syncedWatchlist1',
          'syncedWatchlist2',
          'syncedWatchlist3',
          'syncedWatchlist4',
          'syncedWatchlist5',
          'syncedWatchlist6',
          'syncedWatchlist7',
          'syncedWatchlist8',
          'syncedWatchlist9',
          'syncedWatchlist10',
          'syncedWatchlist11',
          'syncedWatchlist12',
        ],
      },
      retention: 'until-deleted',
      retentionNote: 'Until you switch sync off (AliKeep then deletes its synced copy).',
      sentTo: ['browser-sync'],
      deletion: 'Switch sync off in AliKeep’s options page; AliKeep deletes the synced copy.',
      chromeWebStoreCategories: ['websiteContent'],
      firefoxCategory: 'browsingActivity',
    },
  ],
};
