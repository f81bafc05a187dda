/**
 * The first-run consent page, the privacy center in the options page and the in-extension policy
 * page (src/consent, src/options/privacy): they remember what the user chose.
 */
import type { FeatureDeclaration } from '../schema';

export const privacyChoices: FeatureDeclaration = {
  feature: {
    id: 'privacy-choices',
    name: 'Your privacy choices',
    summary:
      'Asks you before any additional feature starts, remembers your answer, and lets you see, export and delete what AliKeep keeps, from the Privacy section of its options page. When this policy changes in a way that needs your agreement, the features it affects wait until you answer again.',
    tier: 'basic',
    status: 'shipped',
  },
  permissions: [
    {
      name: 'storage',
      kind: 'required',
      justification:
        'Your answers to AliKeep’s privacy questions are kept there too, so no additional feature starts without your agreement.',
      features: ['privacy-choices'],
      installWarning: null,
    },
  ],
  dataItems: [
    {
      id: 'privacy-choices',
      name: 'Your privacy choices',
      what: 'Which additional features you switched on or off, when you last answered, the version of this policy you answered and a copy of what it said then, and which features wait for a new answer after a change.',
      source:
        'You, on the page AliKeep opens when it is installed (and again after a change that needs your agreement) and in the Privacy section of its options page.',
      features: ['privacy-choices'],
      purpose:
        'To run additional features only while you agree to them, and to tell what changed in this policy since you last answered.',
      legalBasis: 'contract',
      storage: { area: 'storage.local', keys: ['consent'] },
      retention: 'until-deleted',
      retentionNote:
        'Until you delete everything in the Privacy section of AliKeep’s options page (every additional feature is then off again) or remove AliKeep from your browser.',
      sentTo: [],
      deletion:
        'Delete everything in the Privacy section of AliKeep’s options page, or remove AliKeep from your browser.',
      chromeWebStoreCategories: [],
      firefoxCategory: 'none',
    },
  ],
};
