/**
 * Compares one translated messages.json with the English one. Pure: the catalogues come in as parsed
 * JSON, problems go out as data. Chrome's rules: `$name$` refers to an entry of `placeholders`
 * (names are case-insensitive), `$1`…`$9` are the substitutions passed to getMessage, and `$$` is a
 * literal dollar sign.
 */

export interface PlaceholderEntry {
  content: string;
  example?: string;
}

export interface CatalogueEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, PlaceholderEntry>;
}

export type Catalogue = Record<string, CatalogueEntry>;

export type LocaleProblemKind =
  | 'missing'
  | 'extra'
  | 'malformed'
  | 'empty'
  | 'named-placeholders'
  | 'substitutions'
  | 'placeholder-definitions';

export interface LocaleProblem {
  key: string;
  kind: LocaleProblemKind;
  detail: string;
}

/** `$name$` uses in a message, lower-cased, sorted, each once. */
export function namedPlaceholders(message: string): string[] {
  const text = message.replace(/\$\$/g, '');
  const names = [...text.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
  return [...new Set(names)].sort();
}

/** `$1`…`$9` used directly in a message (outside `$name$`), sorted, each once. */
export function directSubstitutions(message: string): string[] {
  const text = message.replace(/\$\$/g, '').replace(/\$([A-Za-z0-9_@]+)\$/g, '');
  return [...new Set([...text.matchAll(/\$([1-9])/g)].map((m) => `$${m[1]}`))].sort();
}

/** The `placeholders` object as `name=content` lines, names lower-cased, sorted. */
export function placeholderDefinitions(entry: CatalogueEntry): string[] {
  return Object.entries(entry.placeholders ?? {})
    .map(([name, p]) => `${name.toLowerCase()}=${String(p?.content)}`)
    .sort();
}

function isEntry(value: unknown): value is CatalogueEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  if (typeof entry['message'] !== 'string') return false;
  const placeholders = entry['placeholders'];
  if (placeholders === undefined) return true;
  if (typeof placeholders !== 'object' || placeholders === null) return false;
  return Object.values(placeholders).every(
    (p) =>
      typeof p === 'object' &&
      p !== null &&
      typeof (p as Record<string, unknown>)['content'] === 'string',
  );
}

const same = (a: string[], b: string[]) => a.join('\n') === b.join('\n');
const list = (items: string[]) => (items.length ? items.join(', ') : 'none');

/** Everything in `translated` that does not line up with `english`, key by key. */
export function checkLocale(english: Catalogue, translated: unknown): LocaleProblem[] {
  if (typeof translated !== 'object' || translated === null || Array.isArray(translated)) {
    return [{ key: '*', kind: 'malformed', detail: 'the file is not a JSON object of messages' }];
  }
  const other = translated as Record<string, unknown>;
  const problems: LocaleProblem[] = [];
  for (const key of Object.keys(english)) {
    if (!(key in other)) problems.push({ key, kind: 'missing', detail: 'not translated' });
  }
  for (const key of Object.keys(other)) {
    if (!(key in english)) problems.push({ key, kind: 'extra', detail: 'not in English' });
  }
  for (const [key, en] of Object.entries(english)) {
    const value = other[key];
    if (value === undefined) continue;
    if (!isEntry(value)) {
      problems.push({ key, kind: 'malformed', detail: 'needs a string "message"' });
      continue;
    }
    if (value.message.trim() === '') {
      problems.push({ key, kind: 'empty', detail: 'the message is empty' });
    }
    const checks: [LocaleProblemKind, (e: CatalogueEntry) => string[]][] = [
      ['named-placeholders', (e) => namedPlaceholders(e.message)],
      ['substitutions', (e) => directSubstitutions(e.message)],
      ['placeholder-definitions', placeholderDefinitions],
    ];
    for (const [kind, read] of checks) {
      const want = read(en);
      const got = read(value);
      if (!same(want, got)) {
        problems.push({ key, kind, detail: `English has ${list(want)}; this has ${list(got)}` });
      }
    }
  }
  return problems;
}

/** Keys whose message is word for word the English one, other than those allowed to be. */
export function sameAsEnglish(
  english: Catalogue,
  translated: Catalogue,
  allowed: ReadonlySet<string>,
): string[] {
  return Object.keys(english).filter(
    (key) => !allowed.has(key) && translated[key]?.message === english[key]!.message,
  );
}
