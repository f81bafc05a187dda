/**
 * The policy's user-facing words in the user's language. The published policy (PRIVACY.md, the
 * policy page) stays English; the consent page and the privacy center show each feature, data item,
 * recipient and storage place through these message keys. The English messages repeat the policy's
 * text word for word (policy-words.test.ts), and a policy entry without keys fails that test.
 * Pure: the caller passes its translator (`t` in the extension).
 */
import { describeStorage, type FeatureDisclosure } from '../../policy/describe';
import type { DataItem, Feature, Recipient, StorageArea } from '../../policy/schema';
import type { MessageKey } from '../shared/i18n';

export type Translate = (key: MessageKey) => string;

export const featureWords: Record<string, { name: MessageKey; summary: MessageKey }> = {
  'item-page': { name: 'featureItemPageName', summary: 'featureItemPageSummary' },
  settings: { name: 'featureSettingsName', summary: 'featureSettingsSummary' },
  'privacy-choices': { name: 'featurePrivacyChoicesName', summary: 'featurePrivacyChoicesSummary' },
  download: { name: 'featureDownloadName', summary: 'featureDownloadSummary' },
  'price-history': { name: 'featurePriceHistoryName', summary: 'featurePriceHistorySummary' },
  'price-alerts': { name: 'featurePriceAlertsName', summary: 'featurePriceAlertsSummary' },
  'background-recheck': {
    name: 'featureBackgroundRecheckName',
    summary: 'featureBackgroundRecheckSummary',
  },
  'background-recheck-tabs': {
    name: 'featureBackgroundRecheckTabsName',
    summary: 'featureBackgroundRecheckTabsSummary',
  },
  sync: { name: 'featureSyncName', summary: 'featureSyncSummary' },
};

export const dataItemWords: Record<
  string,
  { name: MessageKey; what: MessageKey; howLong: MessageKey }
> = {
  'item-page-content': {
    name: 'dataItemPageContentName',
    what: 'dataItemPageContentWhat',
    howLong: 'dataItemPageContentHowLong',
  },
  settings: { name: 'dataSettingsName', what: 'dataSettingsWhat', howLong: 'dataSettingsHowLong' },
  'privacy-choices': {
    name: 'dataPrivacyChoicesName',
    what: 'dataPrivacyChoicesWhat',
    howLong: 'dataPrivacyChoicesHowLong',
  },
  'download-queue': {
    name: 'dataDownloadQueueName',
    what: 'dataDownloadQueueWhat',
    howLong: 'dataDownloadQueueHowLong',
  },
  'price-history': {
    name: 'dataPriceHistoryName',
    what: 'dataPriceHistoryWhat',
    howLong: 'dataPriceHistoryHowLong',
  },
  watchlist: {
    name: 'dataWatchlistName',
    what: 'dataWatchlistWhat',
    howLong: 'dataWatchlistHowLong',
  },
  'recheck-requests': {
    name: 'dataRecheckRequestsName',
    what: 'dataRecheckRequestsWhat',
    howLong: 'dataRecheckRequestsHowLong',
  },
  'recheck-tabs': {
    name: 'dataRecheckTabsName',
    what: 'dataRecheckTabsWhat',
    howLong: 'dataRecheckTabsHowLong',
  },
  'synced-settings': {
    name: 'dataSyncedSettingsName',
    what: 'dataSyncedSettingsWhat',
    howLong: 'dataSyncedSettingsHowLong',
  },
  'synced-watchlist': {
    name: 'dataSyncedWatchlistName',
    what: 'dataSyncedWatchlistWhat',
    howLong: 'dataSyncedWatchlistHowLong',
  },
};

export const recipientWords: Record<string, MessageKey> = {
  aliexpress: 'recipientAliexpressName',
  'browser-sync': 'recipientBrowserSyncName',
};

export const storageWords: Record<StorageArea, MessageKey> = {
  'storage.local': 'storageLocalWhere',
  'storage.sync': 'storageSyncWhere',
  'storage.session': 'storageSessionWhere',
  indexeddb: 'storageIndexeddbWhere',
  memory: 'storageMemoryWhere',
};

/** Policy entries the tables above do not cover, as `features.<id>` and the like. */
export function policyEntriesWithoutWords(policy: {
  features: { id: string }[];
  dataItems: { id: string; storage: { area: StorageArea } }[];
  recipients: { id: string }[];
}): string[] {
  return [
    ...policy.features.filter((f) => !featureWords[f.id]).map((f) => `features.${f.id}`),
    ...policy.dataItems.filter((d) => !dataItemWords[d.id]).map((d) => `dataItems.${d.id}`),
    ...policy.recipients.filter((r) => !recipientWords[r.id]).map((r) => `recipients.${r.id}`),
    ...policy.dataItems
      .filter((d) => !storageWords[d.storage.area])
      .map((d) => `storage.${d.storage.area}`),
  ];
}

// Each reader falls back to the policy's English, so a gap shows English, never a key.
export function featureText(feature: Feature, tr: Translate): { name: string; summary: string } {
  const keys = featureWords[feature.id];
  return keys
    ? { name: tr(keys.name), summary: tr(keys.summary) }
    : { name: feature.name, summary: feature.summary };
}

export function dataItemText(
  item: DataItem,
  tr: Translate,
): { name: string; what: string; howLong: string; where: string } {
  const keys = dataItemWords[item.id];
  const whereKey = storageWords[item.storage.area];
  return {
    name: keys ? tr(keys.name) : item.name,
    what: keys ? tr(keys.what) : item.what,
    howLong: keys ? tr(keys.howLong) : item.retentionNote,
    where: whereKey ? tr(whereKey) : describeStorage(item.storage),
  };
}

export function recipientName(recipient: Recipient, tr: Translate): string {
  const key = recipientWords[recipient.id];
  return key ? tr(key) : recipient.name;
}

/** A disclosure with every word a user reads in their language. */
export function localizeDisclosure(d: FeatureDisclosure, tr: Translate): FeatureDisclosure {
  const { name, summary } = featureText(d.feature, tr);
  return {
    ...d,
    feature: { ...d.feature, name, summary },
    dataItems: d.dataItems.map((entry) => {
      const text = dataItemText(entry.item, tr);
      return {
        ...entry,
        item: { ...entry.item, name: text.name, what: text.what },
        where: text.where,
        howLong: text.howLong,
        recipients: entry.recipients.map((r) => ({ ...r, name: recipientName(r, tr) })),
      };
    }),
  };
}
