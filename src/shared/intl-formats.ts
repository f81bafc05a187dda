/**
 * Intl formatters, built once per locale and options. Building one is the costly part (about half
 * a millisecond each, and tens of milliseconds for the first in a page, which loads the locale's
 * data); using one is cheap. A watchlist of 20 rows formats some 60 prices and percentages.
 */

/** More distinct formats than any page uses; past it the cache starts over. */
const MAX_FORMATS = 64;

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<F, O>(cache: Map<string, F>, locale: string, options: O, build: () => F): F {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    // A constructor that throws (an unknown currency) caches nothing.
    format = build();
    if (cache.size >= MAX_FORMATS) cache.clear();
    cache.set(key, format);
  }
  return format;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options));
}

export function dateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return cached(dateFormats, locale, options, () => new Intl.DateTimeFormat(locale, options));
}
