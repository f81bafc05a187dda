/**
 * Defensive accessors for page data. Every page object is untrusted: fields may be missing,
 * renamed, of another type, or hostile, so readers only ever look at data through these.
 */
export type Obj = Record<string, unknown>;

/** Upper bound on list lengths a reader walks, so a hostile page cannot make us loop forever. */
export const MAX_LIST = 2000;

export function obj(v: unknown): Obj | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
}

export function arr(v: unknown): unknown[] {
  if (!Array.isArray(v)) return [];
  return v.length > MAX_LIST ? v.slice(0, MAX_LIST) : v;
}

/** Array, or the values of an object map (some pages send either for the same field). */
export function list(v: unknown): unknown[] {
  if (Array.isArray(v)) return arr(v);
  const o = obj(v);
  return o ? arr(Object.values(o)) : [];
}

export function objs(v: unknown): Obj[] {
  const out: Obj[] = [];
  for (const item of list(v)) {
    const o = obj(item);
    if (o) out.push(o);
  }
  return out;
}

/** Prices above this are junk (the largest real ones are VND/IDR amounts in the millions). */
export const MAX_PRICE = 1e9;

/** A plausible amount of money: finite, above zero, below MAX_PRICE, rounded to 4 decimals. */
export function money(v: unknown): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v)) return undefined;
  const rounded = Math.round(v * 10000) / 10000;
  return rounded > 0 && rounded <= MAX_PRICE ? rounded : undefined;
}

/** A non-empty trimmed string, or undefined. */
export function str(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  return s ? s : undefined;
}

/** A finite number from a number or a plain numeric string ("5.99"); display strings are not numbers. */
export function num(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && /^\s*-?\d{1,15}(\.\d{1,10})?\s*$/.test(v)) return Number(v);
  return undefined;
}

/**
 * A numeric id as a string. Numbers are accepted only while exact: SKU ids are above 2^53 and a
 * page's numeric copy of them is already rounded.
 */
export function idStr(v: unknown): string | undefined {
  if (typeof v === 'string') {
    const s = v.trim();
    return /^\d{1,24}$/.test(s) ? s : undefined;
  }
  if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) return String(v);
  return undefined;
}

export function bool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return undefined;
}

/** Walks a path of keys; any non-object on the way gives undefined. */
export function at(v: unknown, ...keys: (string | number)[]): unknown {
  let cur: unknown = v;
  for (const k of keys) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

export function firstDefined<T>(...values: (T | undefined)[]): T | undefined {
  for (const v of values) if (v !== undefined) return v;
  return undefined;
}

/** Reads `href` out of a tag kept as a string in page data (`canonicalTag: '<link ... href="...">'`). */
export function hrefInTag(tag: unknown): string | undefined {
  const s = str(tag);
  if (!s || s.length > 4000) return undefined;
  const m = /\bhref\s*=\s*["']([^"']{1,2000})["']/i.exec(s);
  return m?.[1];
}
