/**
 * The parts of the built extension manifest that the disclosure manifest owns, derived from the
 * declaration's shipped view: a planned feature brings nothing here until it ships (minimum
 * permission; the drift tests fail on a declared permission no code uses). manifest.config.ts
 * imports `manifestFields`; nothing here is listed anywhere else.
 */
import { policy } from './policy';
import type { FirefoxDataCategory, Policy } from './schema';
import { shippedView } from './shipped';

export { itemPageMatches } from './features/item-page';

/** Firefox `browser_specific_settings.gecko.data_collection_permissions`. */
export interface GeckoDataCollection {
  /** `['none']` when basic features send nothing out of the browser. */
  required: ('none' | FirefoxDataCategory)[];
  /** What opt-in features send; requested with `permissions.request({ data_collection })`. */
  optional: FirefoxDataCategory[];
}

export interface ManifestFields {
  permissions: string[];
  optional_permissions: string[];
  host_permissions: string[];
  optional_host_permissions: string[];
  /** Matches of the item-page content script. */
  itemPageMatches: string[];
  /** Matches of every declared content script (they count as host permissions in the store). */
  contentScriptMatches: string[];
  geckoDataCollection: GeckoDataCollection;
}

const unique = (values: string[]) => [...new Set(values)];

/**
 * Data that leaves the browser, by Firefox category: required when a basic feature sends it (it
 * happens without asking), optional when only opt-in features do. Firefox accepts
 * `technicalAndInteraction` only as optional (validatePolicy keeps basic features from sending it).
 */
export function deriveGeckoDataCollection(p: Policy): GeckoDataCollection {
  const tierOf = new Map(p.features.map((f) => [f.id, f.tier]));
  const required = new Set<FirefoxDataCategory>();
  const optional = new Set<FirefoxDataCategory>();
  for (const item of p.dataItems) {
    if (item.sentTo.length === 0 || item.firefoxCategory === 'none') continue;
    const basic = item.features.some((f) => tierOf.get(f) === 'basic');
    if (basic && item.firefoxCategory !== 'technicalAndInteraction') {
      required.add(item.firefoxCategory);
    } else optional.add(item.firefoxCategory);
  }
  for (const category of required) optional.delete(category);
  return {
    required: required.size === 0 ? ['none'] : [...required].sort(),
    optional: [...optional].sort(),
  };
}

export function deriveManifestFields(declared: Policy): ManifestFields {
  const p = shippedView(declared);
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
  const required = hostPatterns('required');
  return {
    permissions: names('required'),
    optional_permissions: names('optional'),
    host_permissions: required,
    // A site already granted at install is not asked for again.
    optional_host_permissions: hostPatterns('optional').filter((h) => !required.includes(h)),
    itemPageMatches: unique(
      contentScripts.filter((h) => h.id === 'item-pages').flatMap((h) => h.patterns),
    ),
    contentScriptMatches: unique(contentScripts.flatMap((h) => h.patterns)),
    geckoDataCollection: deriveGeckoDataCollection(p),
  };
}

export const manifestFields: ManifestFields = deriveManifestFields(policy);

/**
 * Firefox's part of the manifest, ready to spread into `browser_specific_settings.gecko` beside
 * the add-on id: `{ id: '…', ...geckoManifestFields }`.
 */
export const geckoManifestFields = {
  data_collection_permissions: manifestFields.geckoDataCollection,
};
