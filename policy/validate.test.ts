import { describe, expect, it } from 'vitest';
import { assemblePolicy } from './assemble';
import { policy } from './policy';
import type { DataItem, Policy } from './schema';
import {
  everythingShipped,
  fixture,
  fixtureBase,
  fixtureShipped,
  must,
  withFixtureDeclaration,
} from './test-policies';
import { validatePolicy } from './validate';

/** Applies `change` to a fresh fixture and returns its problems. */
function problemsAfter(change: (p: Policy) => void): string[] {
  const p = fixture();
  change(p);
  return validatePolicy(p);
}

const item = (p: Policy, id: string): DataItem =>
  must(
    p.dataItems.find((d) => d.id === id),
    id,
  );

describe('validatePolicy', () => {
  it('accepts the real declaration, and the one where every planned feature has shipped', () => {
    expect(validatePolicy(policy)).toEqual([]);
    expect(validatePolicy(everythingShipped())).toEqual([]);
  });

  it('accepts the fixture, planned or shipped', () => {
    expect(validatePolicy(fixture())).toEqual([]);
    expect(validatePolicy(fixtureShipped())).toEqual([]);
  });

  it('rejects references to features that do not exist', () => {
    const problems = problemsAfter((p) => {
      must(p.permissions.find((x) => x.name === 'storage')).features.push('wishlist');
      must(p.hostAccess[0]).features = ['nope'];
      item(p, 'prefs').features.push('ghost');
      must(p.recipients[0]).features.push('phantom');
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'permission storage: unknown feature "wishlist"',
        'host access shop-pages: unknown feature "nope"',
        'data item prefs: unknown feature "ghost"',
        'recipient shop: unknown feature "phantom"',
      ]),
    );
  });

  it('rejects an element that names no feature', () => {
    expect(problemsAfter((p) => (must(p.permissions[0]).features = []))).toContain(
      'permission downloads: names no feature that uses it',
    );
  });

  it('rejects a data item without a retention, or with a retention that is no period', () => {
    const missing = problemsAfter((p) => {
      delete (item(p, 'prefs') as Partial<DataItem>).retention;
    });
    expect(missing).toContainEqual(
      expect.stringMatching(/^data item prefs: has no valid retention/),
    );
    for (const retention of [{ days: 0 }, { days: 1.5 }, 'forever']) {
      const problems = problemsAfter((p) => {
        (item(p, 'history') as { retention: unknown }).retention = retention;
      });
      expect(problems).toContainEqual(
        expect.stringMatching(/^data item history: has no valid retention/),
      );
    }
  });

  it('rejects an optional permission or host that only basic features use', () => {
    const problems = problemsAfter((p) => {
      must(p.permissions.find((x) => x.name === 'downloads')).kind = 'optional';
      must(p.hostAccess.find((h) => h.id === 'media')).kind = 'optional';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'permission downloads: only basic features use it and they work without asking, so it must be required',
        'host access media: only basic features use it and they work without asking, so it must be required',
      ]),
    );
  });

  it('rejects a required permission or host that only opt-in features use', () => {
    const problems = problemsAfter((p) => {
      must(p.permissions.find((x) => x.name === 'notifications')).kind = 'required';
      must(p.hostAccess.find((h) => h.id === 'recheck')).kind = 'required';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'permission notifications: only opt-in features use it, so it must be optional',
        'host access recheck: only opt-in features use it, so it must be optional',
      ]),
    );
  });

  it('checks the shipped view too: what the manifest is built from must follow the same rules', () => {
    // `alarms` shared by a planned basic feature and a shipped opt-in one: fine in the whole
    // declaration, but the built manifest would ask for it at install for an opt-in feature.
    const p = fixture({ history: 'shipped' });
    const alarms = must(p.permissions.find((x) => x.name === 'alarms'));
    alarms.kind = 'required';
    alarms.features.push('saver');
    expect(validatePolicy(p)).toEqual([
      'with planned features left out, permission alarms: only opt-in features use it, so it must be optional',
    ]);
  });

  it('requires the words Chrome shows for a permission, and knows every permission', () => {
    const problems = problemsAfter((p) => {
      must(p.permissions.find((x) => x.name === 'downloads')).installWarning = null;
      p.permissions.push({ ...must(p.permissions[0]), name: 'webRequest' });
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'permission downloads: Chrome warns "Manage your downloads", not that',
        'permission webRequest: is not in install-warnings.ts; add it with the warning Chrome shows',
      ]),
    );
  });

  it('requires storage places that match the storage area', () => {
    const problems = problemsAfter((p) => {
      item(p, 'watchlist').storage = { area: 'storage.local' };
      item(p, 'history').storage = { area: 'indexeddb' };
      item(p, 'open-page').retention = 'until-deleted';
      item(p, 'queue').storage = { area: 'storage.local', keys: ['prefs'] };
      item(p, 'queue').retention = 'until-deleted';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'data item watchlist: names no storage.local key',
        'data item history: names no IndexedDB database and object stores',
        'data item open-page: memory is cleared with the session; retention must be "session"',
        'storage.local key "prefs": is claimed by two data items',
      ]),
    );
  });

  it('ties data that leaves the browser to recipients and Firefox categories', () => {
    const problems = problemsAfter((p) => {
      item(p, 'synced-prefs').sentTo = [];
      item(p, 'recheck-requests').firefoxCategory = 'none';
      item(p, 'watchlist').firefoxCategory = 'websiteContent';
      item(p, 'history').sentTo = ['google'];
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'data item synced-prefs: storage.sync sends data to the browser’s sync service; name it in sentTo',
        'data item recheck-requests: leaves the browser, so it needs a Firefox data category',
        'data item watchlist: never leaves the browser, so its Firefox data category must be "none"',
        'data item history: unknown recipient "google"',
      ]),
    );
  });

  it('keeps technicalAndInteraction (optional-only in Firefox) away from basic features', () => {
    const problems = problemsAfter((p) => item(p, 'synced-prefs').features.push('prefs'));
    expect(problems).toContain(
      'data item synced-prefs: Firefox allows technicalAndInteraction only as optional, so only opt-in features may send it',
    );
  });

  it('requires consent as the legal basis of data only opt-in features use', () => {
    expect(problemsAfter((p) => (item(p, 'watchlist').legalBasis = 'contract'))).toContain(
      'data item watchlist: only opt-in features use it, so its legal basis is consent',
    );
  });

  it('rejects unknown store categories, statuses, uses and hosts without recipients', () => {
    const problems = problemsAfter((p) => {
      (item(p, 'watchlist').chromeWebStoreCategories as string[]).push('shoppingHabits');
      (must(p.features[0]) as { status: string }).status = 'beta';
      const recheck = must(p.hostAccess.find((h) => h.id === 'recheck'));
      delete recheck.recipient;
      p.hostAccess.push({ ...recheck, id: 'recheck-tab', uses: ['tab'] });
      must(p.hostAccess.find((h) => h.id === 'shop-pages')).kind = 'optional';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'data item watchlist: unknown Chrome Web Store category "shoppingHabits"',
        'feature panel: status must be "shipped" or "planned", not "beta"',
        'host access recheck: fetches but names no recipient',
        'host access recheck-tab: opens tabs but names no recipient',
        'host access shop-pages: declared content scripts always run, so their hosts are required',
      ]),
    );
  });

  it('requires every right once, and a change log ending at this version', () => {
    const problems = problemsAfter((p) => {
      p.rights = p.rights.filter((r) => r.right !== 'portability');
      p.version = '1.1.0';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'right portability: is missing',
        'changeLog: the last entry must be version 1.1.0 of 2026-01-15',
      ]),
    );
  });

  it('rejects the same feature twice', () => {
    const problems = problemsAfter((p) => p.features.push(structuredClone(must(p.features[0]))));
    expect(problems).toContain('feature panel: twice');
  });
});

describe('assemblePolicy', () => {
  it('keeps the words of shipped features on what a planned feature shares with them', () => {
    const storage = must(fixture().permissions.find((p) => p.name === 'storage'));
    expect(storage.features).toEqual(['prefs', 'saver', 'alerts', 'sync']);
    expect(storage.kind).toBe('required');
    expect(storage.justification).toBe('Keeps your preferences on this device.');
    const shipped = must(fixtureShipped().permissions.find((p) => p.name === 'storage'));
    expect(shipped.justification).toMatch(/download in progress.*watchlist.*synced copy/);
  });

  it('merges what planned features share among themselves', () => {
    const alarms = must(fixture().permissions.find((p) => p.name === 'alarms'));
    expect(alarms).toMatchObject({ kind: 'optional', features: ['history', 'recheck'] });
    expect(alarms.justification).toBe('Deletes old prices daily. Wakes the recheck.');
  });

  it('refuses a planned feature that would widen what a shipped feature declares', () => {
    const widerSites = withFixtureDeclaration('alerts', (d) => {
      d.hostAccess = [
        {
          ...must(fixture().hostAccess.find((h) => h.id === 'shop-pages')),
          patterns: ['*://*.shop.example/wishlist/*'],
          features: ['alerts'],
        },
      ];
    });
    expect(() => assemblePolicy(fixtureBase, widerSites)).toThrow(
      /host access "shop-pages": planned feature\(s\) alerts would widen/,
    );
    // The recheck's optional `scripting` is not wider than the panel's required one.
    expect(() =>
      assemblePolicy(
        fixtureBase,
        withFixtureDeclaration('recheck', () => {}),
      ),
    ).not.toThrow();
  });
});
