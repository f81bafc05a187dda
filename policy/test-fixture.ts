/**
 * A small synthetic declaration for the tests of the policy rules (see test-policies.ts): a shop
 * helper with two shipped basic features, a planned basic one, and four planned opt-in ones that
 * share permissions, a site and a recipient the way AliKeep's real features do.
 */
import type { PolicyBase } from './assemble';
import { rightKinds, type FeatureDeclaration } from './schema';

/** The fixture's shop pages: the panel runs there and rechecks fetch them. */
export const shopPages = ['*://*.shop.example/item/*'];
/** The fixture's media server, used by the planned basic feature `saver`. */
export const cdnPages = ['*://*.cdn.example/*'];

export const fixtureBase: PolicyBase = {
  product: 'Fixture',
  controller: { name: 'The Fixture project', contact: 'Open an issue in the tracker.' },
  singlePurpose: 'A shopping helper used to test the policy tools.',
  version: '1.0.0',
  effectiveDate: '2026-01-15',
  changeLog: [{ version: '1.0.0', date: '2026-01-15', kind: 'initial', changes: ['First.'] }],
  rights: rightKinds.map((right) => ({ right, how: `How to use ${right}.` })),
};

export const fixtureFeatures: FeatureDeclaration[] = [
  {
    feature: {
      id: 'panel',
      name: 'Panel',
      summary: 'Shows a panel on shop pages.',
      tier: 'basic',
      status: 'shipped',
    },
    permissions: [
      {
        name: 'scripting',
        kind: 'required',
        justification: 'Re-attaches the panel to open shop pages.',
        features: ['panel'],
        installWarning: null,
      },
    ],
    hostAccess: [
      {
        id: 'shop-pages',
        patterns: [...shopPages],
        kind: 'required',
        uses: ['content-script', 'inject'],
        why: 'The panel runs on shop item pages.',
        features: ['panel'],
      },
    ],
    dataItems: [
      {
        id: 'open-page',
        name: 'The open page',
        what: 'The address of the open page.',
        source: 'The shop page.',
        features: ['panel'],
        purpose: 'To show the panel.',
        legalBasis: 'contract',
        storage: { area: 'memory' },
        retention: 'session',
        retentionNote: 'While the page is open.',
        sentTo: [],
        deletion: 'Close the page.',
        chromeWebStoreCategories: ['websiteContent'],
        firefoxCategory: 'none',
      },
    ],
  },
  {
    feature: {
      id: 'prefs',
      name: 'Preferences',
      summary: 'Remembers your preferences.',
      tier: 'basic',
      status: 'shipped',
    },
    permissions: [
      {
        name: 'storage',
        kind: 'required',
        justification: 'Keeps your preferences on this device.',
        features: ['prefs'],
        installWarning: null,
      },
    ],
    dataItems: [
      {
        id: 'prefs',
        name: 'Saved preferences',
        what: 'Your preferences.',
        source: 'You.',
        features: ['prefs'],
        purpose: 'To behave the way you chose.',
        legalBasis: 'contract',
        storage: { area: 'storage.local', keys: ['prefs'] },
        retention: 'until-deleted',
        retentionNote: 'Until you reset them.',
        sentTo: [],
        deletion: 'Reset them.',
        chromeWebStoreCategories: [],
        firefoxCategory: 'none',
      },
    ],
  },
  {
    feature: {
      id: 'saver',
      name: 'Media saver',
      summary: 'Saves product pictures.',
      tier: 'basic',
      status: 'planned',
    },
    permissions: [
      {
        name: 'downloads',
        kind: 'required',
        justification: 'Saves the pictures you pick with the download button.',
        features: ['saver'],
        installWarning: 'Manage your downloads',
      },
      {
        name: 'storage',
        kind: 'required',
        justification: 'Remembers a download in progress.',
        features: ['saver'],
        installWarning: null,
      },
    ],
    hostAccess: [
      {
        id: 'media',
        patterns: [...cdnPages],
        kind: 'required',
        uses: ['media'],
        why: 'Pictures come from this server, fetched without cookies.',
        features: ['saver'],
      },
    ],
    dataItems: [
      {
        id: 'queue',
        name: 'Downloads in progress',
        what: 'The pictures being saved.',
        source: 'Your choice.',
        features: ['saver'],
        purpose: 'To finish a download.',
        legalBasis: 'contract',
        storage: { area: 'storage.session', keys: ['queue'] },
        retention: 'session',
        retentionNote: 'Until the download ends.',
        sentTo: [],
        deletion: 'Cancel the download.',
        chromeWebStoreCategories: ['websiteContent'],
        firefoxCategory: 'none',
      },
    ],
  },
  {
    feature: {
      id: 'history',
      name: 'Price history',
      summary: 'Records prices you see.',
      tier: 'additional',
      status: 'planned',
    },
    permissions: [
      {
        name: 'alarms',
        kind: 'optional',
        justification: 'Deletes old prices daily.',
        features: ['history'],
        installWarning: null,
      },
    ],
    dataItems: [
      {
        id: 'history',
        name: 'Price history',
        what: 'Prices you saw.',
        source: 'Shop pages.',
        features: ['history', 'recheck'],
        purpose: 'To show how prices moved.',
        legalBasis: 'consent',
        storage: {
          area: 'indexeddb',
          database: { name: 'fixture-db', stores: ['points', 'records'] },
        },
        retention: { days: 365 },
        retentionNote: 'One year.',
        sentTo: [],
        deletion: 'Delete it in the options page.',
        chromeWebStoreCategories: ['webHistory', 'websiteContent'],
        firefoxCategory: 'none',
      },
    ],
  },
  {
    feature: {
      id: 'alerts',
      name: 'Alerts',
      summary: 'Tells you when a watched price drops.',
      tier: 'additional',
      status: 'planned',
    },
    permissions: [
      {
        name: 'notifications',
        kind: 'optional',
        justification: 'Shows an alert.',
        features: ['alerts'],
        installWarning: 'Display notifications',
      },
      {
        name: 'storage',
        kind: 'optional',
        justification: 'Keeps your watchlist.',
        features: ['alerts'],
        installWarning: null,
      },
    ],
    dataItems: [
      {
        id: 'watchlist',
        name: 'Watchlist',
        what: 'Items you watch.',
        source: 'You.',
        features: ['alerts', 'recheck'],
        purpose: 'To alert you.',
        legalBasis: 'consent',
        storage: { area: 'storage.local', keys: ['watchlist'] },
        retention: 'until-deleted',
        retentionNote: 'Until you stop watching.',
        sentTo: [],
        deletion: 'Remove the item.',
        chromeWebStoreCategories: ['websiteContent'],
        firefoxCategory: 'none',
      },
    ],
  },
  {
    feature: {
      id: 'recheck',
      name: 'Rechecks',
      summary: 'Rechecks watched prices.',
      tier: 'additional',
      status: 'planned',
    },
    permissions: [
      {
        name: 'alarms',
        kind: 'optional',
        justification: 'Wakes the recheck.',
        features: ['recheck'],
        installWarning: null,
      },
      {
        name: 'scripting',
        kind: 'optional',
        justification: 'Reads prices in a background tab.',
        features: ['recheck'],
        installWarning: null,
      },
    ],
    hostAccess: [
      {
        id: 'recheck',
        patterns: [...shopPages],
        kind: 'optional',
        uses: ['fetch'],
        why: 'Requests watched item pages.',
        features: ['recheck'],
        recipient: 'shop',
      },
    ],
    recipients: [
      {
        id: 'shop',
        name: 'The shop',
        receives: 'Requests for watched pages.',
        features: ['recheck'],
        hosts: ['*.shop.example'],
        transfers: 'The shop decides.',
      },
    ],
    dataItems: [
      {
        id: 'recheck-requests',
        name: 'Recheck requests',
        what: 'Addresses of watched pages.',
        source: 'Your watchlist.',
        features: ['recheck'],
        purpose: 'To learn current prices.',
        legalBasis: 'consent',
        storage: { area: 'memory' },
        retention: 'session',
        retentionNote: 'Not kept.',
        sentTo: ['shop'],
        deletion: 'Nothing to delete.',
        chromeWebStoreCategories: ['webHistory'],
        firefoxCategory: 'browsingActivity',
      },
    ],
  },
  {
    feature: {
      id: 'sync',
      name: 'Sync',
      summary: 'Copies preferences to your other browsers.',
      tier: 'additional',
      status: 'planned',
    },
    permissions: [
      {
        name: 'storage',
        kind: 'optional',
        justification: 'Keeps a synced copy.',
        features: ['sync'],
        installWarning: null,
      },
    ],
    recipients: [
      {
        id: 'browser-sync',
        name: 'Your browser’s sync',
        receives: 'A copy of your preferences.',
        features: ['sync'],
        hosts: [],
        transfers: 'The browser maker decides.',
      },
    ],
    dataItems: [
      {
        id: 'synced-prefs',
        name: 'Synced preferences',
        what: 'A copy of your preferences.',
        source: 'Your preferences.',
        features: ['sync'],
        purpose: 'To share preferences.',
        legalBasis: 'consent',
        storage: { area: 'storage.sync', keys: ['syncedPrefs'] },
        retention: 'until-deleted',
        retentionNote: 'Until you switch sync off.',
        sentTo: ['browser-sync'],
        deletion: 'Switch sync off.',
        chromeWebStoreCategories: [],
        firefoxCategory: 'technicalAndInteraction',
      },
    ],
  },
];
