/**
 * The Firefox manifest, made from the built Chrome one: same extension, with what Firefox needs
 * (an add-on id, a minimum version, the data-collection declaration, background scripts on an event
 * page) and without what only Chrome knows, which addons.mozilla.org rejects or warns about.
 */
import type { GeckoDataCollection } from '../../policy/manifest-fields';

/** The manifest as JSON: only the fields the transformation reads are typed. */
export interface ExtensionManifest {
  [key: string]: unknown;
  manifest_version?: number;
  background?: {
    service_worker?: string;
    scripts?: string[];
    type?: string;
    [key: string]: unknown;
  };
  permissions?: string[];
  optional_permissions?: string[];
  web_accessible_resources?: { resources: string[]; matches?: string[]; [key: string]: unknown }[];
  browser_specific_settings?: Record<string, unknown>;
}

export interface FirefoxTarget {
  /** `browser_specific_settings.gecko.id`, the add-on's identity on addons.mozilla.org. */
  id: string;
  strictMinVersion: string;
  /**
   * Firefox for Android reads `data_collection_permissions` from a later version than desktop;
   * `gecko_android.strict_min_version` says so (the desktop minimum applies when absent).
   */
  androidMinVersion?: string;
  dataCollection: GeckoDataCollection;
}

/** Top-level keys only Chrome reads. */
export const CHROME_ONLY_KEYS = [
  'minimum_chrome_version',
  'key',
  'update_url',
  'offline_enabled',
  'side_panel',
  'oauth2',
  'export',
  'import',
  'file_browser_handlers',
  'file_system_provider_capabilities',
  'input_components',
  'tts_engine',
] as const;

/** API permissions Firefox does not have (it warns on unknown permissions). */
export const CHROME_ONLY_PERMISSIONS = [
  'offscreen',
  'sidePanel',
  'background',
  'debugger',
  'desktopCapture',
  'documentScan',
  'fileBrowserHandler',
  'fileSystemProvider',
  'fontSettings',
  'gcm',
  'loginState',
  'platformKeys',
  'power',
  'printerProvider',
  'printing',
  'printingMetrics',
  'processes',
  'readingList',
  'system.cpu',
  'system.display',
  'system.memory',
  'system.storage',
  'tabCapture',
  'ttsEngine',
  'wallpaper',
] as const;

/**
 * Permissions Firefox grants only at install: it refuses them in optional_permissions. None of
 * them shows an install warning, so asking for them up front changes nothing the user sees; the
 * features that use them still wait for the user's opt-in before they run.
 */
export const FIREFOX_REQUIRED_ONLY = ['alarms'] as const;

/** web_accessible_resources fields Firefox does not know. */
const CHROME_ONLY_RESOURCE_KEYS = ['use_dynamic_url'];

const chromeOnlyPermissions: ReadonlySet<string> = new Set(CHROME_ONLY_PERMISSIONS);
const withoutChromeOnly = (permissions: string[]) =>
  permissions.filter((p) => !chromeOnlyPermissions.has(p));

export function toFirefoxManifest(
  chrome: ExtensionManifest,
  target: FirefoxTarget,
): ExtensionManifest {
  if (chrome.manifest_version !== 3) {
    throw new Error(
      `Expected a Manifest V3 extension, found manifest_version ${String(chrome.manifest_version)}.`,
    );
  }
  const out: ExtensionManifest = structuredClone(chrome);
  for (const key of CHROME_ONLY_KEYS) delete out[key];

  if (out.background) {
    // Firefox runs MV3 backgrounds as event pages: the worker's script (an ES module loader when
    // `type` says so) becomes the page's only script.
    const { service_worker, scripts, ...rest } = out.background;
    const all = [...(scripts ?? []), ...(service_worker ? [service_worker] : [])];
    out.background = { ...rest, scripts: [...new Set(all)] };
  }

  if (out.permissions) out.permissions = withoutChromeOnly(out.permissions);
  if (out.optional_permissions) {
    out.optional_permissions = withoutChromeOnly(out.optional_permissions);
    const requiredOnly = new Set<string>(FIREFOX_REQUIRED_ONLY);
    const moved = out.optional_permissions.filter((p) => requiredOnly.has(p));
    if (moved.length > 0) {
      out.optional_permissions = out.optional_permissions.filter((p) => !requiredOnly.has(p));
      out.permissions = [...new Set([...(out.permissions ?? []), ...moved])];
    }
  }
  for (const key of ['permissions', 'optional_permissions'] as const) {
    if (out[key]?.length === 0) delete out[key];
  }

  if (out.web_accessible_resources) {
    out.web_accessible_resources = out.web_accessible_resources.map((entry) => {
      const copy = { ...entry };
      for (const key of CHROME_ONLY_RESOURCE_KEYS) delete copy[key];
      if (copy.matches) copy.matches = [...new Set(copy.matches)];
      return copy;
    });
  }

  out.browser_specific_settings = {
    ...out.browser_specific_settings,
    gecko: {
      id: target.id,
      strict_min_version: target.strictMinVersion,
      data_collection_permissions: {
        required: [...target.dataCollection.required],
        ...(target.dataCollection.optional.length > 0
          ? { optional: [...target.dataCollection.optional] }
          : {}),
      },
    },
    ...(target.androidMinVersion
      ? { gecko_android: { strict_min_version: target.androidMinVersion } }
      : {}),
  };
  return out;
}
