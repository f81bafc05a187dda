/** The user's preferences, kept in chrome.storage.local (src/settings). */
import type { FeatureDeclaration } from '../schema';

export const settings: FeatureDeclaration = {
  feature: {
    id: 'settings',
    name: 'Your preferences',
    summary:
      'Remembers how you set AliKeep up, such as whether the panel is shown, where it sits and which colour theme it uses. Kept in your browser only.',
    tier: 'basic',
    status: 'shipped',
  },
  permissions: [
    {
      name: 'storage',
      kind: 'required',
      justification:
        'AliKeep keeps your preferences in the browser’s extension storage on your device, so they apply on every page and survive restarts. Nothing stored there is sent anywhere.',
      features: ['settings'],
      installWarning: null,
    },
  ],
  dataItems: [
    {
      id: 'settings',
      name: 'Saved preferences',
      what: 'Your AliKeep preferences (for example whether the panel is shown, where it sits and the colour theme), with a format version and a change counter; and, until you dismiss them, notices about your stored data (that damaged preferences were repaired, or that storage was full), with their date and the names of the preferences concerned.',
      source:
        'You, through AliKeep’s panel, popup and options page; defaults are written when AliKeep is installed.',
      features: ['settings'],
      purpose: 'To make AliKeep behave the way you chose.',
      legalBasis: 'contract',
      storage: { area: 'storage.local', keys: ['settings', 'notices'] },
      retention: 'until-deleted',
      retentionNote: 'Until you reset AliKeep’s settings or remove AliKeep from your browser.',
      sentTo: [],
      deletion:
        'Resetting the settings returns every preference to its default; dismissing a notice in the options page deletes it; removing AliKeep from your browser deletes them.',
      chromeWebStoreCategories: [],
      firefoxCategory: 'none',
    },
  ],
};
