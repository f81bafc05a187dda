import { describe, expect, it } from 'vitest';
import { assemblePolicy } from './assemble';
import { policy, policyBase } from './policy';
import type { DataItem, Policy } from './schema';
import { declared, everythingShipped, must, withDeclaration } from './test-policies';
import { validatePolicy } from './validate';

/** Applies `change` to a copy of the real declaration and returns its problems. */
function problemsAfter(change: (p: Policy) => void): string[] {
  const p = declared();
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

  it('rejects references to features that do not exist', () => {
    const problems = problemsAfter((p) => {
      must(p.permissions.find((x) => x.name === 'storage')).features.push('wishlist');
      must(p.hostAccess[0]).features = ['nope'];
      item(p, 'settings').features.push('ghost');
      must(p.recipients[0]).features.push('phantom');
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'permission storage: unknown feature "wishlist"',
        'host access item-pages: unknown feature "nope"',
        'data item settings: unknown feature "ghost"',
        'recipient aliexpress: unknown feature "phantom"',
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
      delete (item(p, 'settings') as Partial<DataItem>).retention;
    });
    expect(missing).toContainEqual(
      expect.stringMatching(/^data item settings: has no valid retention/),
    );
    for (const retention of [{ days: 0 }, { days: 1.5 }, 'forever']) {
      const problems = problemsAfter((p) => {
        (item(p, 'price-history') as { retention: unknown }).retention = retention;
      });
      expect(problems).toContainEqual(
        expect.stringMatching(/^data item price-history: has no valid retention/),
      );
    }
  });

  it('rejects an optional permission or host that only basic features use', () => {
    const problems = problemsAfter((p) => {
      must(p.permissions.find((x) => x.name === 'downloads')).kind = 'optional';
      must(p.hostAccess.find((h) => h.id === 'media-hosts')).kind = 'optional';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'permission downloads: only basic features use it and they work without asking, so it must be required',
        'host access media-hosts: only basic features use it and they work without asking, so it must be required',
      ]),
    );
  });

  it('rejects a required permission or host that only opt-in features use', () => {
    const problems = problemsAfter((p) => {
      must(p.permissions.find((x) => x.name === 'notifications')).kind = 'required';
      must(p.hostAccess.find((h) => h.id === 'item-page-recheck')).kind = 'required';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'permission notifications: only opt-in features use it, so it must be optional',
        'host access item-page-recheck: only opt-in features use it, so it must be optional',
      ]),
    );
  });

  it('checks the shipped view too: what the manifest is built from must follow the same rules', () => {
    // `alarms` shared by a planned basic feature and a shipped opt-in one: fine in the whole
    // declaration, but the built manifest would ask for it at install for an opt-in feature.
    const p = declared();
    must(p.features.find((f) => f.id === 'price-history')).status = 'shipped';
    const alarms = must(p.permissions.find((x) => x.name === 'alarms'));
    alarms.kind = 'required';
    alarms.features.push('download');
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
      item(p, 'price-history').storage = { area: 'indexeddb' };
      item(p, 'item-page-content').retention = 'until-deleted';
      item(p, 'download-queue').storage = { area: 'storage.local', keys: ['settings'] };
      item(p, 'download-queue').retention = 'until-deleted';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'data item watchlist: names no storage.local key',
        'data item price-history: names no IndexedDB database and object stores',
        'data item item-page-content: memory is cleared with the session; retention must be "session"',
        'storage.local key "settings": is claimed by two data items',
      ]),
    );
  });

  it('ties data that leaves the browser to recipients and Firefox categories', () => {
    const problems = problemsAfter((p) => {
      item(p, 'synced-settings').sentTo = [];
      item(p, 'recheck-requests').firefoxCategory = 'none';
      item(p, 'watchlist').firefoxCategory = 'websiteContent';
      item(p, 'synced-watchlist').sentTo = ['google'];
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'data item synced-settings: storage.sync sends data to the browser’s sync service; name it in sentTo',
        'data item recheck-requests: leaves the browser, so it needs a Firefox data category',
        'data item watchlist: never leaves the browser, so its Firefox data category must be "none"',
        'data item synced-watchlist: unknown recipient "google"',
      ]),
    );
  });

  it('keeps technicalAndInteraction (optional-only in Firefox) away from basic features', () => {
    const problems = problemsAfter((p) => item(p, 'synced-settings').features.push('settings'));
    expect(problems).toContain(
      'data item synced-settings: Firefox allows technicalAndInteraction only as optional, so only opt-in features may send it',
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
      const recheck = must(p.hostAccess.find((h) => h.id === 'item-page-recheck'));
      delete recheck.recipient;
      must(p.hostAccess.find((h) => h.id === 'item-pages')).kind = 'optional';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'data item watchlist: unknown Chrome Web Store category "shoppingHabits"',
        'feature item-page: status must be "shipped" or "planned", not "beta"',
        'host access item-page-recheck: fetches but names no recipient',
        'host access item-pages: declared content scripts always run, so their hosts are required',
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
        'changeLog: the last entry must be version 1.1.0 of 2026-11-23',
      ]),
    );
  });

  it('rejects the same feature twice', () => {
    const problems = problemsAfter((p) => p.features.push(structuredClone(must(p.features[0]))));
    expect(problems).toContain('feature item-page: twice');
  });
});

describe('assemblePolicy', () => {
  it('keeps the words of shipped features on what a planned feature shares with them', () => {
    const storage = must(policy.permissions.find((p) => p.name === 'storage'));
    expect(storage.features).toEqual(['settings', 'download', 'price-alerts', 'sync']);
    expect(storage.justification).not.toMatch(/watchlist|download/i);
    const shipped = must(everythingShipped().permissions.find((p) => p.name === 'storage'));
    expect(shipped.justification).toMatch(/watchlist/);
  });

  it('refuses a planned feature that would widen what a shipped feature declares', () => {
    const declarations = withDeclaration('price-alerts', (d) => {
      must(d.permissions?.find((p) => p.name === 'storage')).kind = 'required';
      d.hostAccess = [
        {
          ...must(policy.hostAccess.find((h) => h.id === 'item-pages')),
          patterns: ['*://*.aliexpress.com/wishlist/*'],
          features: ['price-alerts'],
        },
      ];
    });
    expect(() => assemblePolicy(policyBase, declarations)).toThrow(
      /host access "item-pages": planned feature\(s\) price-alerts would widen/,
    );
  });
});
