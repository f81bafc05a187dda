/**
 * Every feature, data item, recipient and storage place the consent page and the privacy center can
 * show has its words in every language; the English ones read exactly as the published policy.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeStorage, featureDisclosures } from '../../policy/describe';
import { policy } from '../../policy/policy';
import { storageAreas } from '../../policy/schema';
import type { MessageKey } from '../shared/i18n';
import type { Catalogue } from '../shared/locale-check';
import {
  dataItemText,
  dataItemWords,
  featureText,
  featureWords,
  localizeDisclosure,
  policyEntriesWithoutWords,
  recipientName,
  recipientWords,
  storageWords,
  type Translate,
} from './policy-words';

const localesDir = join(import.meta.dirname, '..', '..', 'public', '_locales');
const catalogues = Object.fromEntries(
  readdirSync(localesDir).map((locale) => [
    locale,
    JSON.parse(readFileSync(join(localesDir, locale, 'messages.json'), 'utf8')) as Catalogue,
  ]),
);
const translator =
  (locale: string): Translate =>
  (key) =>
    catalogues[locale]?.[key]?.message ?? `missing:${key}`;

const allKeys: MessageKey[] = [
  ...Object.values(featureWords).flatMap((k) => [k.name, k.summary]),
  ...Object.values(dataItemWords).flatMap((k) => [k.name, k.what, k.howLong]),
  ...Object.values(recipientWords),
  ...Object.values(storageWords),
];

describe('policy words', () => {
  it('cover every feature, data item, recipient and storage place of the policy', () => {
    expect(policyEntriesWithoutWords(policy)).toEqual([]);
    for (const area of storageAreas) expect(storageWords[area], area).toBeDefined();
  });

  it('name what a policy entry without words lacks', () => {
    const grown = {
      features: [...policy.features, { id: 'coupon-finder' }],
      dataItems: [
        ...policy.dataItems,
        { id: 'coupons', storage: { area: 'storage.local' as const } },
      ],
      recipients: [...policy.recipients, { id: 'coupon-site' }],
    };
    expect(policyEntriesWithoutWords(grown)).toEqual([
      'features.coupon-finder',
      'dataItems.coupons',
      'recipients.coupon-site',
    ]);
  });

  it('exist in every language', () => {
    for (const [locale, catalogue] of Object.entries(catalogues)) {
      expect(
        allKeys.filter((key) => !catalogue[key]?.message),
        locale,
      ).toEqual([]);
    }
  });

  it('read in English exactly as the published policy', () => {
    const en = translator('en');
    for (const feature of policy.features) {
      expect(featureText(feature, en)).toEqual({ name: feature.name, summary: feature.summary });
    }
    for (const item of policy.dataItems) {
      expect(dataItemText(item, en)).toEqual({
        name: item.name,
        what: item.what,
        howLong: item.retentionNote,
        where: describeStorage(item.storage),
      });
    }
    for (const recipient of policy.recipients) {
      expect(recipientName(recipient, en)).toBe(recipient.name);
    }
    for (const area of storageAreas) {
      expect(en(storageWords[area])).toBe(describeStorage({ area }));
    }
  });

  it('keep the policy’s figures (days, hours) in every language', () => {
    const digits = (text: string) => (text.match(/\d+/g) ?? []).sort();
    for (const locale of Object.keys(catalogues)) {
      const tr = translator(locale);
      for (const key of allKeys)
        expect(digits(tr(key)), `${locale} ${key}`).toEqual(digits(translator('en')(key)));
    }
  });

  it('leave no English policy text in a translated consent card', () => {
    const translated = Object.keys(catalogues).filter((locale) => locale !== 'en');
    for (const locale of translated) {
      const tr = translator(locale);
      const english = new Set<string>();
      const shown = new Set<string>();
      for (const d of featureDisclosures(policy)) {
        const local = localizeDisclosure(d, tr);
        english.add(d.feature.name).add(d.feature.summary);
        shown.add(local.feature.name).add(local.feature.summary);
        d.dataItems.forEach((entry, i) => {
          const localEntry = local.dataItems[i]!;
          english.add(entry.item.name).add(entry.item.what).add(entry.where).add(entry.howLong);
          shown
            .add(localEntry.item.name)
            .add(localEntry.item.what)
            .add(localEntry.where)
            .add(localEntry.howLong);
          for (const r of entry.recipients) english.add(r.name);
          for (const r of localEntry.recipients) shown.add(r.name);
        });
      }
      expect(
        [...shown].filter((text) => english.has(text)),
        locale,
      ).toEqual([]);
      expect(
        [...shown].filter((text) => text.startsWith('missing:')),
        locale,
      ).toEqual([]);
    }
  });
});
