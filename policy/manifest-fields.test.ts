import { describe, expect, it } from 'vitest';
import { namespacePermissions, scanApiUses } from './drift/api-namespaces';
import { readSourceFiles } from './drift/src-files';
import { itemPageMatches, itemPageSiteMatches } from './features/item-page';
import {
  deriveGeckoDataCollection,
  deriveManifestFields,
  geckoManifestFields,
  manifestFields,
} from './manifest-fields';
import { patternHost } from './match-patterns';
import { policy } from './policy';
import { onlyPlanned, shippedView } from './shipped';
import { cdnPages, fixture, fixtureShipped, must, shopPages } from './test-policies';

describe('manifest fields of this version', () => {
  it('ask for exactly the permissions whose APIs the shipped code calls', () => {
    const called = new Set(
      scanApiUses(readSourceFiles()).flatMap((u) => namespacePermissions[u.namespace] ?? []),
    );
    const asked = [...manifestFields.permissions, ...manifestFields.optional_permissions];
    // activeTab and unlimitedStorage work without an API of their own, so no call shows them.
    const callable = new Set(Object.values(namespacePermissions));
    expect(asked.filter((p) => callable.has(p) && !called.has(p))).toEqual([]);
    expect([...called].filter((p) => !asked.includes(p))).toEqual([]);
  });

  it('ask for nothing that only planned features use', () => {
    const asked = new Set([
      ...manifestFields.permissions,
      ...manifestFields.optional_permissions,
      ...manifestFields.host_permissions,
      ...manifestFields.optional_host_permissions,
    ]);
    const notYet = [
      ...policy.permissions.filter((p) => onlyPlanned(policy, p.features)).map((p) => p.name),
      ...policy.hostAccess
        .filter((h) => onlyPlanned(policy, h.features))
        .flatMap((h) => h.patterns)
        .filter(
          (pattern) => !shippedView(policy).hostAccess.some((h) => h.patterns.includes(pattern)),
        ),
    ];
    for (const name of notYet) expect(asked.has(name), name).toBe(false);
  });

  it('run the content script on item pages only', () => {
    expect(manifestFields.itemPageMatches).toEqual(itemPageMatches);
    expect(manifestFields.contentScriptMatches).toEqual(itemPageMatches);
  });

  it("split the item pages by site, each site's pages on its own hosts", () => {
    const sites = Object.values(itemPageSiteMatches).flat();
    expect(new Set(sites).size).toBe(sites.length);
    expect(new Set(sites)).toEqual(new Set(itemPageMatches));
    const hosts = (site: keyof typeof itemPageSiteMatches) =>
      itemPageSiteMatches[site].map((p) => patternHost(p));
    expect(hosts('aliexpress').every((h) => /^\*\.aliexpress\.(com|us)$/.test(h ?? ''))).toBe(true);
    expect(hosts('aliexpressRu')).toEqual(['*.aliexpress.ru']);
    expect(hosts('alibaba')).toEqual(['*.alibaba.com']);
  });

  it('tell Firefox what leaves the browser, and "none" when basic features send nothing', () => {
    expect(geckoManifestFields).toEqual({
      data_collection_permissions: deriveGeckoDataCollection(shippedView(policy)),
    });
    const basicSends = shippedView(policy).dataItems.some(
      (d) =>
        d.sentTo.length > 0 &&
        d.features.some((f) => policy.features.find((x) => x.id === f)?.tier === 'basic'),
    );
    expect(manifestFields.geckoDataCollection.required[0] === 'none').toBe(!basicSends);
  });
});

describe('manifest fields while features are planned', () => {
  const fields = deriveManifestFields(fixture());

  it('ask only for what the shipped features declare', () => {
    expect(fields.permissions).toEqual(['scripting', 'storage']);
    expect(fields.optional_permissions).toEqual([]);
    expect(fields.host_permissions).toEqual(shopPages);
    expect(fields.optional_host_permissions).toEqual([]);
    expect(fields.contentScriptMatches).toEqual(shopPages);
    expect(fields.geckoDataCollection).toEqual({ required: ['none'], optional: [] });
  });

  it('grow by exactly what a feature brings when it ships', () => {
    const saver = deriveManifestFields(fixture({ saver: 'shipped' }));
    expect(saver.permissions).toEqual(['downloads', 'scripting', 'storage']);
    expect(saver.host_permissions).toEqual([...shopPages, ...cdnPages]);
    const history = deriveManifestFields(fixture({ history: 'shipped' }));
    expect(history.permissions).toEqual(['scripting', 'storage']);
    expect(history.optional_permissions).toEqual(['alarms']);
  });
});

describe('manifest fields once every planned feature has shipped', () => {
  const fields = deriveManifestFields(fixtureShipped());

  it('ask at install for what basic features need and later for what opt-in ones need', () => {
    expect(fields.permissions).toEqual(['downloads', 'scripting', 'storage']);
    expect(fields.optional_permissions).toEqual(['alarms', 'notifications']);
    expect(fields.host_permissions).toEqual([...shopPages, ...cdnPages]);
  });

  it('do not ask again for sites already granted at install', () => {
    // Rechecks fetch the shop's item pages, which the panel already has.
    expect(fields.optional_host_permissions).toEqual([]);
    const p = fixtureShipped();
    must(p.hostAccess.find((h) => h.id === 'recheck')).patterns.push('*://*.shop.example/store/*');
    expect(deriveManifestFields(p).optional_host_permissions).toEqual([
      '*://*.shop.example/store/*',
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
    const p = fixtureShipped();
    // Suppose the panel itself sent page addresses somewhere: that needs consent at install.
    must(p.dataItems.find((d) => d.id === 'recheck-requests')).features.push('panel');
    expect(deriveGeckoDataCollection(p)).toEqual({
      required: ['browsingActivity'],
      optional: ['technicalAndInteraction'],
    });
  });

  it('counts only data that leaves the browser', () => {
    const p = fixtureShipped();
    for (const d of p.dataItems) d.sentTo = [];
    for (const d of p.dataItems) d.firefoxCategory = 'none';
    expect(deriveGeckoDataCollection(p)).toEqual({ required: ['none'], optional: [] });
  });
});
