/**
 * The parts of the built extension manifest that the disclosure manifest owns, derived from the
 * declaration. manifest.config.ts imports `manifestFields`; nothing here is listed anywhere else.
 */
import { policy } from './policy';
import type { Policy } from './schema';

export { itemPageMatches } from './features/item-page';

export interface ManifestFields {
  permissions: string[];
  optional_permissions: string[];
  host_permissions: string[];
  optional_host_permissions: string[];
  /** Matches of the item-page content script. */
  itemPageMatches: string[];
  /** Matches of every declared content script (they count as host permissions in the store). */
  contentScriptMatches: string[];
  /** Firefox `browser_specific_settings.gecko.data_collection_permissions`. */
  geckoDataCollection: { required: string[]; optional: string[] };
}

const unique = (values: string[]) => [...new Set(values)];

export function deriveManifestFields(p: Policy): ManifestFields {
  const names = (kind: 'required' | 'optional') =>
    p.permissions.filter((x) => x.kind === kind).map((x) => x.name);
  // Declared content scripts need no host permission; injecting and fetching do.
  const hostPatterns = (kind: 'required' | 'optional') =>
    unique(
      p.hostAccess
        .filter((h) => h.kind === kind && h.uses.some((u) => u !== 'content-script'))
        .flatMap((h) => h.patterns),
    );
  const contentScripts = p.hostAccess.filter((h) => h.uses.includes('content-script'));

  const tierOf = new Map(p.features.map((f) => [f.id, f.tier]));
  const required = new Set<string>();
  const optional = new Set<string>();
  for (const item of p.dataItems) {
    if (item.sentTo.length === 0 || item.firefoxCategory === 'none') continue;
    const basic = item.features.some((f) => tierOf.get(f) === 'basic');
    // Firefox allows technicalAndInteraction only as optional.
    if (basic && item.firefoxCategory !== 'technicalAndInteraction')
      required.add(item.firefoxCategory);
    else optional.add(item.firefoxCategory);
  }
  for (const category of required) optional.delete(category);

  return {
    permissions: names('required'),
    optional_permissions: names('optional'),
    host_permissions: hostPatterns('required'),
    optional_host_permissions: hostPatterns('optional'),
    itemPageMatches: unique(
      contentScripts.filter((h) => h.id === 'item-pages').flatMap((h) => h.patterns),
    ),
    contentScriptMatches: unique(contentScripts.flatMap((h) => h.patterns)),
    geckoDataCollection: {
      required: required.size === 0 ? ['none'] : [...required].sort(),
      optional: [...optional].sort(),
    },
  };
}

export const manifestFields: ManifestFields = deriveManifestFields(policy);
