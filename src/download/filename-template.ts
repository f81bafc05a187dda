/**
 * Names from a template: token values for a product's media, and `renderStems`, which renders a
 * batch of names that are safe (safe-path.ts), fit the path budget by shortening the title first
 * (by the same amount for every file, so they keep sharing their folder), and never collide
 * (" (2)" on a case-insensitive match). `previewTemplate` serves the options page.
 *
 * Rendered names are stems (no extension): the extension comes from the file's bytes (sniff.ts),
 * and since every length budget keeps room for it, adding it can neither break a limit nor make
 * two names equal. The template syntax is in template-syntax.ts, re-exported here.
 */
import type { MediaKind, Product } from '../extract/model';
import {
  cleanName,
  DEFAULT_LIMITS,
  fitSegments,
  pathKey,
  pathLength,
  segmentByteLimit,
  trimEnds,
  type PathLimits,
  type SegmentSpec,
} from './safe-path';
import {
  hasErrors,
  parseTemplate,
  type ParsedTemplate,
  type TemplateIssue,
  type TokenName,
  type TokenValues,
} from './template-syntax';
import { splitGraphemes, utf8Length } from './text-length';

export {
  DEFAULT_TEMPLATE,
  hasErrors,
  MAX_FOLDER_DEPTH,
  parseTemplate,
  TEMPLATE_MAX_LENGTH,
  TOKENS,
  validateTemplate,
  type IssueCode,
  type ParsedTemplate,
  type TemplateIssue,
  type TemplatePart,
  type TokenName,
  type TokenValues,
} from './template-syntax';

/** What names one media file; `index` is 1-based within its kind. */
export interface MediaSlot {
  kind: MediaKind;
  index: number;
  count: number;
  label?: string;
}

export function formatDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function tokenValues(product: Product, slot: MediaSlot, date: Date): TokenValues {
  let host = '';
  try {
    host = new URL(product.url).hostname.replace(/^www\./, '');
  } catch {
    // A product without a parseable URL just has an empty {host}.
  }
  return {
    site: product.site === 'alibaba' ? 'Alibaba' : 'AliExpress',
    host,
    id: product.id,
    title: product.title ?? '',
    store: product.store?.name ?? '',
    kind: slot.kind,
    index: String(slot.index).padStart(String(slot.count).length, '0'),
    count: String(slot.count),
    variant: slot.kind === 'variant' ? (slot.label ?? '') : '',
    date: formatDate(date),
  };
}

/** The cleaned title's first graphemes: more than any path can hold, so `complete` tells whether
 * the list is the whole title. */
interface Title {
  graphemes: string[];
  complete: boolean;
}

function splitTitle(title: string, limits: PathLimits): Title {
  const clean = trimEnds(cleanName(title));
  const graphemes = splitGraphemes(clean, limits.maxPathLength);
  return { graphemes, complete: graphemes.join('').length === clean.length };
}

/** One name's token values, cleaned once (cleanName is per character, so cleaning the parts
 * and then merging spaces and composing across their joints equals cleaning the whole). */
interface Prepared {
  values: TokenValues;
  title: Title;
}

/** Segments for one name, with the title cut to `titleLength` graphemes (an ellipsis marks the cut). */
function specsFor(
  parsed: ParsedTemplate,
  { values, title }: Prepared,
  titleLength: number,
  duplicate: number,
): SegmentSpec[] {
  const whole = title.complete && titleLength >= title.graphemes.length;
  const shortTitle = whole
    ? title.graphemes.join('')
    : titleLength > 0
      ? `${trimEnds(title.graphemes.slice(0, titleLength).join(''))}…`
      : '';
  const valueOf = (token: TokenName) =>
    token === 'title' ? shortTitle : token === 'ext' ? '' : values[token];
  return parsed.segments.map((parts, i) => {
    const body = parts
      .map((p) => ('text' in p ? cleanName(p.text) : valueOf(p.token)))
      .join('')
      .replace(/ {2,}/g, ' ')
      .normalize('NFC');
    return i === parsed.segments.length - 1 && duplicate > 1
      ? { body, tail: ` (${duplicate})` }
      : { body };
  });
}

function fits(specs: readonly SegmentSpec[], limits: PathLimits): boolean {
  const texts = specs.map((s) => trimEnds(s.body) + (s.tail ?? ''));
  // +1: room for the "_" a reserved name may get.
  return (
    texts.every((t, i) => utf8Length(t) + 1 <= segmentByteLimit(i, texts.length, limits)) &&
    pathLength(texts) + texts.length <= limits.maxPathLength
  );
}

/** The most title graphemes with which this name needs no other cut. */
function titleBudget(parsed: ParsedTemplate, prepared: Prepared, limits: PathLimits): number {
  // Keep room for a " (99)" duplicate marker.
  const check = (k: number) => fits(specsFor(parsed, prepared, k, 99), limits);
  const { title } = prepared;
  const full = title.graphemes.length;
  if (title.complete && check(full)) return full;
  // Every grapheme takes at least one unit of the path, so more than maxPathLength never fits.
  let low = 0;
  let high = title.complete ? full - 1 : full;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (check(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

export interface RenderOptions {
  limits?: PathLimits;
  /** Stems already in use (pathKey form), e.g. files saved earlier into the same folder. */
  taken?: ReadonlySet<string>;
}

/**
 * Renders the stems (relative paths without extension) for a batch, in order. Every stem is a
 * safe path once ".ext" is added, the title has one length across the batch, and no two stems are
 * equal ignoring case. An invalid template throws: check `parseTemplate` first.
 */
export function renderStems(
  template: string | ParsedTemplate,
  batch: readonly TokenValues[],
  options: RenderOptions = {},
): string[] {
  const parsed = typeof template === 'string' ? parseTemplate(template) : template;
  if (hasErrors(parsed.issues))
    throw new Error(`Invalid naming template: ${parsed.issues[0]?.message}`);
  const limits = options.limits ?? DEFAULT_LIMITS;
  const cleaned = new Map<string, string>();
  const clean = (text: string) => {
    let out = cleaned.get(text);
    if (out === undefined) cleaned.set(text, (out = cleanName(text)));
    return out;
  };
  const titles = new Map<string, Title>();
  const prepared = batch.map((values): Prepared => {
    let title = titles.get(values.title);
    if (!title) titles.set(values.title, (title = splitTitle(values.title, limits)));
    const entries = Object.entries(values).map(([token, value]) => [token, clean(value)]);
    return { values: Object.fromEntries(entries) as TokenValues, title };
  });
  const titleLength = Math.min(Infinity, ...prepared.map((p) => titleBudget(parsed, p, limits)));
  const taken = new Set(options.taken);
  // Per name without marker, the next " (n)" to try, so that 500 equal names stay linear.
  const nextMarker = new Map<string, number>();
  const render = (p: Prepared, duplicate: number) =>
    fitSegments(specsFor(parsed, p, titleLength, duplicate), limits).join('/');
  return prepared.map((p) => {
    // The name without a marker is rendered once: most names need no other.
    const first = render(p, 1);
    const base = pathKey(first);
    for (let duplicate = nextMarker.get(base) ?? 1; ; duplicate++) {
      const stem = duplicate === 1 ? first : render(p, duplicate);
      const key = pathKey(stem);
      if (!taken.has(key)) {
        taken.add(key);
        nextMarker.set(base, duplicate + 1);
        return stem;
      }
    }
  });
}

export interface TemplatePreview {
  issues: TemplateIssue[];
  /** One example per media kind the sample has; empty when the template has errors. */
  examples: { kind: MediaKind; path: string }[];
}

/** Live preview for the options page: what the first file of each kind would be called. */
export function previewTemplate(
  template: string,
  sample: Product,
  date = new Date(),
): TemplatePreview {
  const parsed = parseTemplate(template);
  if (hasErrors(parsed.issues)) return { issues: parsed.issues, examples: [] };
  const kinds = (['gallery', 'variant', 'description', 'video'] as const).filter((kind) =>
    sample.media.some((m) => m.kind === kind),
  );
  const batch = kinds.map((kind) => {
    const of = sample.media.filter((m) => m.kind === kind);
    const label = of[0]?.label;
    return tokenValues(
      sample,
      { kind, index: 1, count: of.length, ...(label === undefined ? {} : { label }) },
      date,
    );
  });
  const stems = renderStems(parsed, batch);
  return {
    issues: parsed.issues,
    examples: kinds.map((kind, i) => ({
      kind,
      path: `${stems[i]}.${kind === 'video' ? 'mp4' : 'jpg'}`,
    })),
  };
}
