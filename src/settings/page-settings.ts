/**
 * The three settings the item page's first script needs before it can draw the panel, read from the
 * stored object without the schema library. The worker is the only writer and validates every
 * write, so this only has to fall back to the default where a field is missing or unexpected; it
 * must agree with loadSettings() on every input (page-settings.test.ts).
 */
import { placements, themes } from './choices';

export interface PageSettings {
  revision: number;
  pageButton: boolean;
  buttonPlacement: (typeof placements)[number];
  theme: (typeof themes)[number];
}

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

export function readPageSettings(raw: unknown): PageSettings {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const values =
    typeof stored.values === 'object' && stored.values !== null
      ? (stored.values as Record<string, unknown>)
      : {};
  const revision = stored.revision;
  return {
    revision:
      typeof revision === 'number' && Number.isSafeInteger(revision) && revision >= 0
        ? revision
        : 0,
    pageButton: typeof values.pageButton === 'boolean' ? values.pageButton : true,
    buttonPlacement: isOneOf(placements, values.buttonPlacement)
      ? values.buttonPlacement
      : 'gallery',
    theme: isOneOf(themes, values.theme) ? values.theme : 'auto',
  };
}
