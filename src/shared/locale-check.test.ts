/**
 * Every language has exactly the English keys, with the same placeholders, and says each message in
 * its own words. A key added to English fails here until every language has it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLocale, sameAsEnglish, type Catalogue } from './locale-check';

const localesDir = join(import.meta.dirname, '..', '..', 'public', '_locales');
const read = (locale: string): unknown =>
  JSON.parse(readFileSync(join(localesDir, locale, 'messages.json'), 'utf8'));
const english = read('en') as Catalogue;

/** The languages AliKeep ships; a folder more or less fails the first test. */
const LOCALES = ['de', 'en', 'es', 'fr', 'pt_BR', 'ru'];

/** Messages that read the same in every language: the product name and bare placeholders. */
const SAME_EVERYWHERE = ['actionTitle', 'popupProduct', 'progressFailedFile'];
/** Messages where the English word is also the right one in that language. */
const SAME_IN: Record<string, string[]> = {
  de: ['settingDownloads', 'pickerVideos'],
  pt_BR: ['settingDownloads', 'panelItem'],
  fr: ['pickerDescription'],
  es: ['consentDataStaysHere'],
  ru: [],
};

describe('translations', () => {
  it('exist for exactly the shipped languages', () => {
    expect(readdirSync(localesDir).sort()).toEqual(LOCALES);
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    it(`${locale}: same keys and placeholders as English`, () => {
      expect(checkLocale(english, read(locale))).toEqual([]);
    });

    it(`${locale}: every message translated`, () => {
      const allowed = new Set([...SAME_EVERYWHERE, ...(SAME_IN[locale] ?? [])]);
      expect(sameAsEnglish(english, read(locale) as Catalogue, allowed)).toEqual([]);
    });
  }
});

describe('checkLocale', () => {
  const en: Catalogue = {
    greeting: { message: 'Hello' },
    count: {
      message: '$COUNT$ files chosen',
      placeholders: { count: { content: '$1', example: '3' } },
    },
    direct: { message: 'Saved $1 of $2' },
    price: { message: 'Costs $$5' },
  };
  const good: Catalogue = {
    greeting: { message: 'Hallo' },
    count: { message: 'Ausgewählt: $count$', placeholders: { COUNT: { content: '$1' } } },
    direct: { message: '$2 davon $1 gespeichert' },
    price: { message: 'Kostet $$5' },
  };
  const kinds = (translated: unknown) =>
    checkLocale(en, translated).map((p) => `${p.key} ${p.kind}`);

  it('passes a faithful translation (names case-insensitive, order free)', () => {
    expect(checkLocale(en, good)).toEqual([]);
  });

  it('catches a missing key', () => {
    const { greeting: _, ...rest } = good;
    expect(kinds(rest)).toEqual(['greeting missing']);
  });

  it('catches an extra key', () => {
    expect(kinds({ ...good, farewell: { message: 'Tschüss' } })).toEqual(['farewell extra']);
  });

  it('catches a $name$ use that differs', () => {
    expect(
      kinds({
        ...good,
        count: { message: 'Ausgewählt: $TOTAL$', placeholders: good.count!.placeholders },
      }),
    ).toEqual(['count named-placeholders']);
    expect(
      kinds({ ...good, count: { message: 'Ausgewählt', placeholders: good.count!.placeholders } }),
    ).toEqual(['count named-placeholders']);
  });

  it('catches a $1 substitution that differs', () => {
    expect(kinds({ ...good, direct: { message: '$1 gespeichert' } })).toEqual([
      'direct substitutions',
    ]);
    expect(kinds({ ...good, price: { message: 'Kostet $5' } })).toEqual(['price substitutions']);
  });

  it('catches a placeholders object that differs in names or content', () => {
    expect(
      kinds({
        ...good,
        count: { message: 'Ausgewählt: $COUNT$', placeholders: { count: { content: '$2' } } },
      }),
    ).toEqual(['count placeholder-definitions']);
    expect(kinds({ ...good, count: { message: 'Ausgewählt: $COUNT$' } })).toEqual([
      'count placeholder-definitions',
    ]);
    expect(
      kinds({
        ...good,
        count: {
          message: 'Ausgewählt: $COUNT$',
          placeholders: { count: { content: '$1' }, size: { content: '$2' } },
        },
      }),
    ).toEqual(['count placeholder-definitions']);
  });

  it('catches empty, malformed and non-object catalogues', () => {
    expect(kinds({ ...good, greeting: { message: ' ' } })).toEqual(['greeting empty']);
    expect(kinds({ ...good, greeting: { text: 'Hallo' } })).toEqual(['greeting malformed']);
    expect(kinds([])).toEqual(['* malformed']);
  });

  it('lists messages left in English unless allowed', () => {
    const copied = { ...good, greeting: { message: 'Hello' } };
    expect(sameAsEnglish(en, copied, new Set())).toEqual(['greeting']);
    expect(sameAsEnglish(en, copied, new Set(['greeting']))).toEqual([]);
  });
});
