/**
 * AliKeep's disclosure manifest: the features it has, and the planned ones as they will be
 * (`status: 'planned'`, see policy/README.md). Project-wide facts live here; each feature declares
 * its own permissions, hosts and data in policy/features/<feature>.ts and is listed below. Run
 * `npm run policy` after any change to regenerate PRIVACY.md and policy/generated/.
 */
import { assemblePolicy, type PolicyBase } from './assemble';
import { backgroundRecheck } from './features/background-recheck';
import { download } from './features/download';
import { itemPage } from './features/item-page';
import { priceAlerts } from './features/price-alerts';
import { priceHistory } from './features/price-history';
import { settings } from './features/settings';
import { sync } from './features/sync';
import type { FeatureDeclaration, Policy } from './schema';

/** Basic features first, then additional (opt-in) ones, in the order the consent page lists them. */
export const featureDeclarations: FeatureDeclaration[] = [
  itemPage,
  settings,
  download,
  priceHistory,
  priceAlerts,
  backgroundRecheck,
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
      how: 'Your preferences are shown in AliKeep’s popup and options page. To see exactly what is stored, open chrome://extensions, turn on Developer mode, click “service worker” under AliKeep and open Application → Extension storage.',
    },
    {
      right: 'rectification',
      how: 'Change any preference in AliKeep’s popup, options page or panel menu at any time.',
    },
    {
      right: 'erasure',
      how: 'Reset AliKeep’s settings, or remove AliKeep from your browser: Chrome then deletes everything AliKeep stored. We hold no copy anywhere else.',
    },
    {
      right: 'restriction',
      how: 'Hide the panel from its menu or in the options page, and switch off any additional feature; processing for a switched-off feature stops at once.',
    },
    {
      right: 'objection',
      how: 'Switch the feature off or remove AliKeep. You can also tell us through the project’s issue tracker.',
    },
    {
      right: 'portability',
      how: 'Everything AliKeep stores is plain JSON in your browser’s extension storage; you can copy it from the Extension storage view described under access.',
    },
    {
      right: 'withdraw-consent',
      how: 'Switch the additional feature off in AliKeep’s options page. Withdrawing consent does not affect what happened before it.',
    },
    {
      right: 'complaint',
      how: 'You may complain to the data protection supervisory authority where you live or work, or where you think an infringement took place.',
    },
  ],
};

export const policy: Policy = assemblePolicy(policyBase, featureDeclarations);
