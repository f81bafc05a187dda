/**
 * Prices, sizes, counts, percentages and dates follow the browser's UI language and the item's
 * currency, whatever the page or the machine's own locale says.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const ui = vi.hoisted(() => ({ language: 'de' as unknown, throws: false }));
vi.mock('./native', () => ({
  native: {
    i18n: {
      getUILanguage: () => {
        if (ui.throws) throw new Error('Extension context invalidated.');
        return ui.language;
      },
    },
  },
}));

// Intl output uses no-break spaces (U+00A0, U+202F) where a human types a space.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

async function load() {
  vi.resetModules();
  return {
    ...(await import('./format-price')),
    ...(await import('./format-bytes')),
    ...(await import('./format-number')),
    ...(await import('./format-date')),
    ...(await import('./ui-locale')),
  };
}

beforeEach(() => {
  ui.language = 'de';
  ui.throws = false;
});

describe('prices', () => {
  it('are written as the UI language writes money, in the item’s currency', async () => {
    const { formatPrice } = await load();
    expect(plain(formatPrice(1234.56, 'EUR', 'de'))).toBe('1.234,56 €');
    expect(plain(formatPrice(1234.56, 'RUB', 'ru'))).toBe('1 234,56 ₽');
    expect(plain(formatPrice(1234.56, 'BRL', 'pt-BR'))).toBe('R$ 1.234,56');
    expect(plain(formatPrice(1234.56, 'USD', 'pt-BR'))).toBe('US$ 1.234,56');
    expect(plain(formatPrice(1234.56, 'USD', 'en'))).toBe('$1,234.56');
    expect(plain(formatPrice(9.5, 'EUR', 'fr'))).toBe('9,50 €');
  });

  it('follow the browser’s UI language when no locale is given', async () => {
    ui.language = 'ru';
    expect(plain((await load()).formatPrice(1234.56, 'USD'))).toBe('1 234,56 $');
    ui.language = 'pt-BR';
    expect(plain((await load()).formatPrice(1234.56, 'EUR'))).toBe('€ 1.234,56');
    ui.language = 'de';
    expect(plain((await load()).formatPrice(1234.56, 'EUR'))).toBe('1.234,56 €');
  });

  it('keep an unknown currency code beside a plain number, and show nothing for no number', async () => {
    const { formatPrice } = await load();
    expect(plain(formatPrice(1234.5, 'XYZ1', 'de'))).toBe('1.234,5 XYZ1');
    expect(plain(formatPrice(1234.5, undefined, 'ru'))).toBe('1 234,5');
    expect(formatPrice(Number.NaN, 'EUR', 'de')).toBe('');
  });
  it('keep each its own currency and language in a list that mixes them, read twice', async () => {
    const { formatPrice, formatPercent } = await load();
    const rows = [
      [1234.56, 'EUR', 'de'],
      [1234.56, 'USD', 'de'],
      [9.5, 'EUR', 'fr'],
      [1234.56, 'RUB', 'ru'],
      [0.99, 'USD', 'en'],
      [1234.56, 'EUR', 'de'],
    ] as const;
    const expected = rows.map(([amount, currency, locale]) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount),
    );
    for (let pass = 0; pass < 2; pass++) {
      expect(
        rows.map(([amount, currency, locale]) => formatPrice(amount, currency, locale)),
      ).toEqual(expected);
      expect(plain(formatPercent(-10, { signed: true }, 'de'))).toBe('−10 %');
      expect(plain(formatPercent(-10, {}, 'en'))).toBe('−10%');
    }
  });
});

describe('the UI language', () => {
  it('is read from the browser as a tag Intl accepts', async () => {
    const { toLocaleTag } = await load();
    expect(toLocaleTag('pt_BR')).toBe('pt-BR');
    expect(toLocaleTag('ru')).toBe('ru');
    expect(toLocaleTag('en-US')).toBe('en-US');
  });

  it('falls back to English when the browser says nothing usable or is gone', async () => {
    const { toLocaleTag } = await load();
    expect(toLocaleTag('')).toBe('en');
    expect(toLocaleTag('not a locale!')).toBe('en');
    expect(toLocaleTag(undefined)).toBe('en');
    ui.throws = true;
    const { uiLocale, formatPrice } = await load();
    expect(uiLocale()).toBe('en');
    expect(formatPrice(1234.56, 'USD')).toBe('$1,234.56');
  });
});

describe('sizes', () => {
  it('use the UI language’s decimal mark and unit names', async () => {
    const { formatBytes } = await load();
    expect(plain(formatBytes(1_440_000, 'de'))).toBe('1,4 MB');
    expect(plain(formatBytes(1_440_000, 'ru'))).toBe('1,4 МБ');
    expect(plain(formatBytes(1_440_000, 'fr'))).toBe('1,4 Mo');
    expect(plain(formatBytes(980_000, 'en'))).toBe('980 kB');
    expect(plain(formatBytes(512, 'pt-BR'))).toBe('0,5 kB');
    expect(plain(formatBytes(312, 'en'))).toBe('0.3 kB');
    expect(plain(formatBytes(0, 'en'))).toBe('0 kB');
    expect(plain(formatBytes(215_200, 'en'))).toBe('215.2 kB');
    expect(plain(formatBytes(9_400, 'en'))).toBe('9.4 kB');
    ui.language = 'ru';
    expect(plain((await load()).formatBytes(2_500_000_000))).toBe('2,5 ГБ');
  });
});

describe('counts and percentages', () => {
  it('group thousands as the UI language does', async () => {
    const { formatCount } = await load();
    expect(plain(formatCount(12345, 'de'))).toBe('12.345');
    expect(plain(formatCount(12345, 'ru'))).toBe('12 345');
    expect(plain(formatCount(12345, 'en'))).toBe('12,345');
  });

  it('write percentages with the UI language’s spacing, signs as a true minus and plus', async () => {
    const { formatPercent } = await load();
    expect(plain(formatPercent(-31, { signed: true }, 'en'))).toBe('−31%');
    expect(plain(formatPercent(15, { signed: true }, 'en'))).toBe('+15%');
    expect(plain(formatPercent(-31, { signed: true }, 'de'))).toBe('−31 %');
    expect(plain(formatPercent(10, {}, 'ru'))).toBe('10 %');
    expect(plain(formatPercent(0, { signed: true }, 'pt-BR'))).toBe('0%');
    expect(plain(formatPercent(12.6, {}, 'fr'))).toBe('13 %');
  });
});

describe('dates', () => {
  const at = Date.UTC(2026, 10, 23, 12);

  it('name the day in the UI language', async () => {
    const { formatDay } = await load();
    expect(plain(formatDay(at, 'de'))).toBe('23.11.2026');
    expect(plain(formatDay(at, 'ru'))).toBe('23 нояб. 2026 г.');
    expect(plain(formatDay(at, 'pt-BR'))).toBe('23 de nov. de 2026');
    expect(plain(formatDay(at, 'en'))).toBe('Nov 23, 2026');
  });

  it('write the policy’s calendar dates in words, the same day everywhere', async () => {
    const { formatCalendarDate } = await load();
    expect(formatCalendarDate('2026-11-23', 'de')).toBe('23. November 2026');
    expect(formatCalendarDate('2026-11-23', 'ru')).toBe('23 ноября 2026 г.');
    expect(formatCalendarDate('2026-01-01', 'pt-BR')).toBe('1 de janeiro de 2026');
    expect(formatCalendarDate('2026-02-30', 'de')).toBe('2026-02-30');
    expect(formatCalendarDate('soon', 'de')).toBe('soon');
  });
});
