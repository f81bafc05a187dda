import { describe, expect, it } from 'vitest';
import { geckoManifestFields } from '../../policy/manifest-fields';
import { toFirefoxManifest, type ExtensionManifest, type FirefoxTarget } from './firefox-manifest';

/** The shape crxjs writes to dist/manifest.json. */
function builtChromeManifest(): ExtensionManifest {
  return {
    manifest_version: 3,
    name: '__MSG_extName__',
    version: '0.1.0',
    default_locale: 'en',
    minimum_chrome_version: '116',
    action: { default_popup: 'src/popup/index.html' },
    options_ui: { page: 'src/options/index.html', open_in_tab: true },
    background: { service_worker: 'service-worker-loader.js', type: 'module' },
    content_scripts: [
      {
        js: ['src/content/page-data/page-data.iife.js'],
        matches: ['*://*.aliexpress.com/item/*'],
        run_at: 'document_start',
        world: 'MAIN',
      },
    ],
    permissions: ['downloads', 'offscreen', 'scripting', 'storage'],
    optional_permissions: ['notifications'],
    host_permissions: ['*://*.aliexpress.com/item/*', '*://*.alicdn.com/*'],
    web_accessible_resources: [
      {
        matches: ['*://*.aliexpress.com/*', '*://*.aliexpress.com/*', '*://*.aliexpress.us/*'],
        resources: ['assets/a.js'],
        use_dynamic_url: false,
      },
    ],
  };
}

const target: FirefoxTarget = {
  id: 'alikeep@alikeep.org',
  strictMinVersion: '140.0',
  androidMinVersion: '142.0',
  dataCollection: { required: ['none'], optional: ['technicalAndInteraction'] },
};

describe('toFirefoxManifest', () => {
  it('names the add-on, its minimum Firefox and the data it collects', () => {
    const firefox = toFirefoxManifest(builtChromeManifest(), target);
    expect(firefox.browser_specific_settings).toEqual({
      gecko: {
        id: 'alikeep@alikeep.org',
        strict_min_version: '140.0',
        data_collection_permissions: {
          required: ['none'],
          optional: ['technicalAndInteraction'],
        },
      },
      gecko_android: { strict_min_version: '142.0' },
    });
  });

  it('runs the worker script as the background page, keeping it an ES module', () => {
    const firefox = toFirefoxManifest(builtChromeManifest(), target);
    expect(firefox.background).toEqual({ scripts: ['service-worker-loader.js'], type: 'module' });
  });

  it('drops what only Chrome knows and keeps everything else', () => {
    const chrome = builtChromeManifest();
    const firefox = toFirefoxManifest(chrome, target);
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
    expect(firefox.permissions).toEqual(['downloads', 'scripting', 'storage']);
    expect(firefox.optional_permissions).toEqual(['notifications']);
    expect(firefox.web_accessible_resources).toEqual([
      { matches: ['*://*.aliexpress.com/*', '*://*.aliexpress.us/*'], resources: ['assets/a.js'] },
    ]);
    for (const key of ['name', 'version', 'default_locale', 'action', 'options_ui']) {
      expect(firefox[key], key).toEqual(chrome[key]);
    }
    expect(firefox.content_scripts).toEqual(chrome.content_scripts);
    expect(firefox.host_permissions).toEqual(chrome.host_permissions);
  });

  it('leaves the Chrome manifest it was given untouched', () => {
    const chrome = builtChromeManifest();
    const before = structuredClone(chrome);
    toFirefoxManifest(chrome, target);
    expect(chrome).toEqual(before);
  });

  it('omits an empty optional list and permission lists left empty', () => {
    const chrome = { ...builtChromeManifest(), permissions: ['offscreen'] };
    const { androidMinVersion: _android, ...desktopOnly } = target;
    const firefox = toFirefoxManifest(chrome, {
      ...desktopOnly,
      dataCollection: { required: ['none'], optional: [] },
    });
    expect(firefox).not.toHaveProperty('permissions');
    expect(firefox.browser_specific_settings).toEqual({
      gecko: {
        id: 'alikeep@alikeep.org',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    });
  });

  it('carries the policy’s own data-collection declaration', () => {
    const firefox = toFirefoxManifest(builtChromeManifest(), {
      ...target,
      dataCollection: geckoManifestFields.data_collection_permissions,
    });
    const gecko = (firefox.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    const declared = geckoManifestFields.data_collection_permissions;
    expect(gecko.data_collection_permissions).toEqual({
      required: declared.required,
      ...(declared.optional.length > 0 ? { optional: declared.optional } : {}),
    });
  });

  it('asks up front for what Firefox cannot make optional (alarms), leaving the rest optional', () => {
    const firefox = toFirefoxManifest(
      { ...builtChromeManifest(), optional_permissions: ['notifications', 'alarms'] },
      target,
    );
    expect(firefox.optional_permissions).toEqual(['notifications']);
    expect(firefox.permissions).toContain('alarms');
  });

  it('refuses a manifest that is not MV3', () => {
    expect(() => toFirefoxManifest({ manifest_version: 2 }, target)).toThrow(
      'Expected a Manifest V3 extension, found manifest_version 2.',
    );
  });
});
