import { describe, expect, it } from 'vitest';
import { assemblePolicy } from './assemble';
import { classifyChange, versionProblem } from './classify-change';
import { featureDeclarations, policy, policyBase } from './policy';
import type { DataItem, Policy } from './schema';
import { fixture, fixtureShipped, must } from './test-policies';

/** Classifies `change` applied to `start` (the fixture, planned features planned, by default). */
function classify(change: (after: Policy) => void, start: () => Policy = () => fixture()) {
  const before = start();
  const after = start();
  change(after);
  return classifyChange(before, after);
}

const item = (p: Policy, id: string): DataItem =>
  must(
    p.dataItems.find((d) => d.id === id),
    id,
  );

/** A copy of a shipped data item under a new id. */
function newItem(p: Policy, id: string): DataItem {
  return {
    ...structuredClone(item(p, 'prefs')),
    id,
    storage: { area: 'storage.local', keys: [id] },
  };
}

describe('classifyChange: major changes', () => {
  it('a new data item', () => {
    const result = classify((p) => p.dataItems.push(newItem(p, 'recently-viewed')));
    expect(result.kind).toBe('major');
    expect(result.changes).toContainEqual({
      kind: 'major',
      subject: 'dataItems.recently-viewed',
      description: 'new data item',
    });
  });

  it('a new recipient, or data sent to one', () => {
    const result = classify((p) => {
      p.recipients.push({
        id: 'analytics',
        name: 'An analytics service',
        receives: 'Usage counts',
        features: ['prefs'],
        hosts: ['stats.example.com'],
        transfers: 'United States',
      });
      item(p, 'prefs').sentTo.push('analytics');
    });
    expect(result.kind).toBe('major');
    expect(result.changes.map((c) => c.description)).toEqual(
      expect.arrayContaining(['new recipient', 'now sent to "analytics"']),
    );
  });

  it('a new purpose: data used by another feature, or its purpose changed', () => {
    const used = classify((p) => item(p, 'open-page').features.push('prefs'));
    expect(used.kind).toBe('major');
    expect(used.changes[0]?.description).toBe('now also used by feature "prefs" (a new purpose)');
    const changed = classify((p) => (item(p, 'prefs').purpose = 'To personalise offers.'));
    expect(changed.kind).toBe('major');
  });

  it('longer retention; shorter retention is minor', () => {
    const longer = classify(
      (p) => (item(p, 'prefs').retention = 'until-deleted'),
      () => {
        const p = fixture();
        item(p, 'prefs').retention = { days: 30 };
        return p;
      },
    );
    expect(longer.kind).toBe('major');
    expect(longer.changes[0]?.description).toBe('kept longer: {"days":30} → "until-deleted"');
    const shorter = classify((p) => (item(p, 'history').retention = { days: 30 }), fixtureShipped);
    expect(shorter.kind).toBe('minor');
    const session = classify((p) => (item(p, 'open-page').retention = { days: 1 }));
    expect(session.kind).toBe('major');
  });

  it('a new permission, required or optional, or an optional one becoming required', () => {
    const required = classify((p) =>
      p.permissions.push({
        ...must(p.permissions.find((x) => x.name === 'storage')),
        name: 'tabs',
      }),
    );
    expect(required.kind).toBe('major');
    expect(required.changes).toContainEqual({
      kind: 'major',
      subject: 'permissions.tabs',
      description: 'new required permission',
    });
    const optional = classify((p) =>
      p.permissions.push({
        ...must(p.permissions.find((x) => x.name === 'scripting')),
        name: 'contextMenus',
        kind: 'optional',
      }),
    );
    expect(optional.kind).toBe('major');
    const promoted = classify(
      (p) => (must(p.permissions.find((x) => x.name === 'notifications')).kind = 'required'),
      fixtureShipped,
    );
    expect(promoted.changes).toContainEqual({
      kind: 'major',
      subject: 'permissions.notifications',
      description: 'optional permission became required',
    });
  });

  it('a new site', () => {
    const result = classify((p) =>
      must(p.hostAccess.find((h) => h.id === 'shop-pages')).patterns.push(
        '*://*.shop.example/store/*',
      ),
    );
    expect(result.kind).toBe('major');
    expect(result.changes[0]?.description).toBe('new site *://*.shop.example/store/*');
  });

  it('a newly required feature: opt-in turned basic, or a new basic feature', () => {
    const promoted = classify(
      (p) => (must(p.features.find((f) => f.id === 'history')).tier = 'basic'),
      fixtureShipped,
    );
    expect(promoted.changes).toContainEqual({
      kind: 'major',
      subject: 'features.history',
      description: 'opt-in feature became basic',
    });
    const added = classify((p) =>
      p.features.push({ ...structuredClone(must(p.features[0])), id: 'coupons', name: 'Coupons' }),
    );
    expect(added.kind).toBe('major');
    expect(added.changes[0]?.description).toBe('new basic feature');
  });

  it('a planned basic feature shipping brings its permissions, sites and data as new', () => {
    const result = classify(
      (p) => (must(p.features.find((f) => f.id === 'saver')).status = 'shipped'),
    );
    expect(result.kind).toBe('major');
    expect(result.changes).toEqual(
      expect.arrayContaining([
        { kind: 'major', subject: 'features.saver', description: 'planned basic feature ships' },
        { kind: 'major', subject: 'permissions.downloads', description: 'new required permission' },
        { kind: 'major', subject: 'dataItems.queue', description: 'new data item' },
        { kind: 'major', subject: 'hostAccess.media', description: 'new site *://*.cdn.example/*' },
      ]),
    );
  });

  it('a planned opt-in feature shipping brings new data and permissions', () => {
    const result = classify(
      (p) => (must(p.features.find((f) => f.id === 'alerts')).status = 'shipped'),
    );
    expect(result.kind).toBe('major');
    expect(result.changes).toEqual(
      expect.arrayContaining([
        {
          kind: 'minor',
          subject: 'features.alerts',
          description: 'planned opt-in feature ships',
        },
        { kind: 'major', subject: 'dataItems.watchlist', description: 'new data item' },
        {
          kind: 'major',
          subject: 'permissions.notifications',
          description: 'new optional permission',
        },
      ]),
    );
  });
});

describe('classifyChange: minor changes', () => {
  it('nothing changed', () => {
    expect(classify(() => undefined)).toEqual({ kind: 'none', changes: [] });
  });

  it('wording of features, permissions, data, rights and contact', () => {
    const result = classify((p) => {
      must(p.features[0]).summary += ' Really.';
      must(p.permissions.find((x) => x.name === 'storage')).justification += ' Really.';
      item(p, 'prefs').what += ' Really.';
      item(p, 'prefs').retentionNote += ' Really.';
      must(p.rights[0]).how += ' Really.';
      p.controller.contact += ' Really.';
    });
    expect(result.kind).toBe('minor');
    expect(result.changes.map((c) => c.subject)).toEqual(
      expect.arrayContaining([
        'dataItems.prefs',
        'features.panel',
        'permissions.storage',
        'controller',
        'rights',
      ]),
    );
  });

  it('less processing: a data item, permission or site removed', () => {
    const result = classify((p) => {
      p.dataItems = p.dataItems.filter((d) => d.id !== 'open-page');
      must(p.hostAccess.find((h) => h.id === 'shop-pages')).patterns = [];
    });
    expect(result.kind).toBe('minor');
  });

  it('anything about planned features, even what would be major once shipped', () => {
    const result = classify((p) => {
      item(p, 'history').retention = { days: 3650 };
      p.permissions.push({
        ...must(p.permissions.find((x) => x.name === 'alarms')),
        name: 'contextMenus',
      });
    });
    expect(result.kind).toBe('minor');
    expect(result.changes).toContainEqual({
      kind: 'minor',
      subject: 'dataItems.history',
      description: 'kept longer: {"days":365} → {"days":3650} (planned features only)',
    });
  });
});

describe('versionProblem', () => {
  const with_ = (version: string, change: (p: Policy) => void = () => undefined) => {
    const p = fixture();
    change(p);
    p.version = version;
    return p;
  };
  const before = fixture();
  const addItem = (p: Policy) => p.dataItems.push(newItem(p, 'recently-viewed'));

  it('asks a major change for a new major version', () => {
    expect(versionProblem(before, with_('1.1.0', addItem))).toBe(
      'a major change needs a new major version',
    );
    expect(versionProblem(before, with_('2.0.0', addItem))).toBeNull();
  });

  it('asks a wording change for at least a new minor version', () => {
    const reword = (p: Policy) => (p.controller.contact += ' Really.');
    expect(versionProblem(before, with_('1.0.0', reword))).toBe(
      'a wording change needs a new minor version',
    );
    expect(versionProblem(before, with_('1.1.0', reword))).toBeNull();
  });

  it('refuses a version that goes down', () => {
    expect(versionProblem(with_('1.2.0'), with_('1.1.0'))).toBe(
      'version went down from 1.2.0 to 1.1.0',
    );
  });

  it('classifies the real declaration against itself as unchanged', () => {
    const again = assemblePolicy(structuredClone(policyBase), structuredClone(featureDeclarations));
    expect(classifyChange(policy, again)).toEqual({ kind: 'none', changes: [] });
  });
});
