import { describe, expect, it } from 'vitest';
import { itemPageMatches } from './features/item-page';
import { mediaHostMatches } from './features/download';
import {
  deriveGeckoDataCollection,
  deriveManifestFields,
  geckoManifestFields,
  manifestFields,
} from './manifest-fields';
import { policy } from './policy';
import { onlyPlanned } from './shipped';
import { declared, everythingShipped, must } from './test-policies';

describe('manifest fields of this version', () => {
  it('ask only for what shipped code uses', () => {
    expect(manifestFields.permissions).toEqual(['scripting', 'storage']);
    expect(manifestFields.optional_permissions).toEqual([]);
    expect(manifestFields.host_permissions).toEqual(itemPageMatches);
    expect(manifestFields.optional_host_permissions).toEqual([]);
  });

  it('leave out every permission and host that only planned features use', () => {
    const inManifest = new Set([
      ...manifestFields.permissions,
      ...manifestFields.optional_permissions,
      ...manifestFields.host_permissions,
      ...manifestFields.optional_host_permissions,
    ]);
    const planned = [
      ...policy.permissions.filter((p) => onlyPlanned(policy, p.features)).map((p) => p.name),
      ...mediaHostMatches,
    ];
    expect(planned).toEqual(
      expect.arrayContaining(['downloads', 'offscreen', 'alarms', 'notifications']),
    );
    for (const name of planned) expect(inManifest.has(name), name).toBe(false);
  });

  it('run the content script on item pages only', () => {
    expect(manifestFields.itemPageMatches).toEqual(itemPageMatches);
    expect(manifestFields.contentScriptMatches).toEqual(itemPageMatches);
  });

  it('tell Firefox that nothing is collected', () => {
    expect(manifestFields.geckoDataCollection).toEqual({ required: ['none'], optional: [] });
    expect(geckoManifestFields).toEqual({
      data_collection_permissions: { required: ['none'], optional: [] },
    });
  });
});

describe('manifest fields once every planned feature has shipped', () => {
  const fields = deriveManifestFields(everythingShipped());

  it('ask at install for what basic features need and later for what opt-in ones need', () => {
    expect(fields.permissions).toEqual(['downloads', 'offscreen', 'scripting', 'storage']);
    expect(fields.optional_permissions).toEqual(['alarms', 'notifications']);
    expect(fields.host_permissions).toEqual([...itemPageMatches, ...mediaHostMatches]);
  });

  it('do not ask again for sites already granted at install', () => {
    // Background rechecks fetch AliExpress item pages, which the panel already has.
    expect(fields.optional_host_permissions).toEqual([]);
    const p = everythingShipped();
    must(p.hostAccess.find((h) => h.id === 'item-page-recheck')).patterns.push(
      '*://*.aliexpress.com/store/*',
    );
    expect(deriveManifestFields(p).optional_host_permissions).toEqual([
      '*://*.aliexpress.com/store/*',
    ]);
  });

  it('declare Firefox data categories as optional, one per category opt-in features send', () => {
    expect(fields.geckoDataCollection).toEqual({
      required: ['none'],
      optional: ['browsingActivity', 'technicalAndInteraction'],
    });
  });
});

describe('deriveGeckoDataCollection', () => {
  it('requires a category a basic feature sends, and does not list it as optional too', () => {
    const p = everythingShipped();
    // Suppose the panel itself sent page addresses somewhere: that needs consent at install.
    must(p.dataItems.find((d) => d.id === 'recheck-requests')).features.push('item-page');
    expect(deriveGeckoDataCollection(p)).toEqual({
      required: ['browsingActivity'],
      optional: ['technicalAndInteraction'],
    });
  });

  it('counts only data that leaves the browser', () => {
    const p = declared();
    for (const d of p.dataItems) d.sentTo = [];
    for (const d of p.dataItems) d.firefoxCategory = 'none';
    expect(deriveGeckoDataCollection(p)).toEqual({ required: ['none'], optional: [] });
  });
});
