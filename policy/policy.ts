/**
 * AliKeep's disclosure manifest: the features it has, and the planned ones as they will be
 * (`status: 'planned'`, see policy/README.md). Project-wide facts live here; each feature declares
 * its own permissions, hosts and data in policy/features/<feature>.ts and is listed below. Run
 * `npm run policy` after any change to regenerate PRIVACY.md and policy/generated/.
 */
import { assemblePolicy, type PolicyBase } from './assemble';
import { backgroundRecheck } from './features/background-recheck';
import { backgroundRecheckTabs } from './features/background-recheck-tabs';
import { download } from './features/download';
import { itemPage } from './features/item-page';
import { priceAlerts } from './features/price-alerts';
import { priceHistory } from './features/price-history';
import { privacyChoices } from './features/privacy-choices';
import { settings } from './features/settings';
import { sync } from './features/sync';
import type { FeatureDeclaration, Policy } from './schema';

/** Basic features first, then additional (opt-in) ones, in the order the consent page lists them. */
export const featureDeclarations: FeatureDeclaration[] = [
  itemPage,
  settings,
  privacyChoices,
  download,
  priceHistory,
  priceAlerts,
  backgroundRecheck,
  backgroundRecheckTabs,
  sync,
];

export const policyBase: PolicyBase = {
  product: 'AliKeep',
  controller: {
    name: 'The AliKeep project',
    contact:
      'Open an issue in the issue tracker of AliKeep’s source repository. Please do not put personal data in a public issue; say that you need a private reply and we will arrange one.',
  },
  singlePurpose:
    'A shopping helper for AliExpress and Alibaba item pages that works for the shopper inside their own browser.',
  version: '1.0.0',
  effectiveDate: '2026-11-23',
  changeLog: [
    { version: '1.0.0', date: '2026-11-23', kind: 'initial', changes: ['First published policy.'] },
  ],
  rights: [
    {
      right: 'access',
      how: 'Open the Privacy section of AliKeep’s options page: it lists every kind of data AliKeep keeps, with how many records, how much space and since when. Your preferences are also shown in AliKeep’s popup and options page.',
    },
    {
      right: 'rectification',
      how: 'Change any preference in AliKeep’s popup, options page or panel menu at any time.',
    },
    {
      right: 'erasure',
      how: 'In the Privacy section of AliKeep’s options page, delete one kind of data or everything at once; or remove AliKeep from your browser, and the browser deletes everything AliKeep stored. We hold no copy anywhere else.',
    },
    {
      right: 'restriction',
      how: 'Hide the panel from its menu or in the options page, and switch off any additional feature in the Privacy section of AliKeep’s options page; processing for a switched-off feature stops at once.',
    },
    {
      right: 'objection',
      how: 'Switch the feature off or remove AliKeep. You can also tell us through the project’s issue tracker.',
    },
    {
      right: 'portability',
      how: 'Export everything AliKeep keeps as one JSON file from the Privacy section of its options page.',
    },
    {
      right: 'withdraw-consent',
      how: 'Switch the additional feature off in the Privacy section of AliKeep’s options page. Withdrawing consent does not affect what happened before it.',
    },
    {
      right: 'complaint',
      how: 'You may complain to the data protection supervisory authority where you live or work, or where you think an infringement took place.',
    },
  ],
};

export const policy: Policy = assemblePolicy(policyBase, featureDeclarations);
