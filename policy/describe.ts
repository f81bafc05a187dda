/**
 * Plain words for the declaration's codes, and per-feature disclosures: what the consent page, the
 * privacy center and the published policy all show, worded once.
 */
import type {
  DataItem,
  Feature,
  HostAccess,
  LegalBasis,
  Permission,
  Policy,
  Recipient,
  RightKind,
  StoragePlace,
} from './schema';

export function describeStorage(place: StoragePlace): string {
  switch (place.area) {
    case 'storage.local':
      return 'In your browser’s extension storage on this device';
    case 'storage.sync':
      return 'In your browser’s synced extension storage, copied to your browser account';
    case 'storage.session':
      return 'In your browser’s memory for this browsing session; never written to disk';
    case 'indexeddb':
      return 'In a database inside your browser on this device';
    case 'memory':
      return 'Only in memory while it is in use; never saved';
  }
}

/** Where exactly, for people who want to look: keys or database and stores. */
export function describeStorageLocation(place: StoragePlace): string {
  if (place.keys?.length) {
    const area = place.area.replace('storage.', 'chrome.storage.');
    return `${area}, key${place.keys.length > 1 ? 's' : ''} ${place.keys.map((k) => `\`${k}\``).join(', ')}`;
  }
  if (place.database) {
    const stores = place.database.stores.map((s) => `\`${s}\``).join(', ');
    return `IndexedDB database \`${place.database.name}\`, stores ${stores}`;
  }
  return 'Not stored';
}

export function describeRetention(item: DataItem): string {
  const r = item.retention;
  if (r === 'session') return 'Only while in use';
  if (r === 'until-deleted') return 'Until you delete it';
  return `${r.days} day${r.days === 1 ? '' : 's'}`;
}

export const legalBasisText: Record<LegalBasis, string> = {
  consent: 'Your consent, given when you switch the feature on (GDPR Art. 6(1)(a))',
  contract: 'Needed to provide the feature you installed AliKeep for (GDPR Art. 6(1)(b))',
  'legitimate-interests':
    'Our legitimate interest in keeping AliKeep working, balanced against yours (GDPR Art. 6(1)(f))',
};

export const rightTitles: Record<RightKind, string> = {
  access: 'See your data (access)',
  rectification: 'Correct your data (rectification)',
  erasure: 'Delete your data (erasure)',
  restriction: 'Limit processing (restriction)',
  objection: 'Object to processing (objection)',
  portability: 'Take your data with you (portability)',
  'withdraw-consent': 'Withdraw consent',
  complaint: 'Complain to a supervisory authority',
};

export function recipientsOf(policy: Policy, item: DataItem): Recipient[] {
  return policy.recipients.filter((r) => item.sentTo.includes(r.id));
}

export function leavesBrowser(item: DataItem): boolean {
  return item.sentTo.length > 0;
}

/** Everything one feature brings, for a consent panel or the privacy center. */
export interface FeatureDisclosure {
  feature: Feature;
  /** Additional features are opt-in: off until the user switches them on. */
  optIn: boolean;
  permissions: Permission[];
  hostAccess: HostAccess[];
  dataItems: {
    item: DataItem;
    where: string;
    location: string;
    howLong: string;
    recipients: Recipient[];
  }[];
  recipients: Recipient[];
  /** Chrome warnings the feature's own permissions bring (host warnings come from installWarnings). */
  warnings: string[];
}

export function featureDisclosures(policy: Policy): FeatureDisclosure[] {
  return policy.features.map((feature) => {
    const uses = (x: { features: string[] }) => x.features.includes(feature.id);
    const permissions = policy.permissions.filter(uses);
    return {
      feature,
      optIn: feature.tier === 'additional',
      permissions,
      hostAccess: policy.hostAccess.filter(uses),
      dataItems: policy.dataItems.filter(uses).map((item) => ({
        item,
        where: describeStorage(item.storage),
        location: describeStorageLocation(item.storage),
        howLong: item.retentionNote,
        recipients: recipientsOf(policy, item),
      })),
      recipients: policy.recipients.filter(uses),
      warnings: permissions.flatMap((p) => (p.installWarning ? [p.installWarning] : [])),
    };
  });
}
