/**
 * Builds the Policy from the project-wide part and one declaration per feature. A permission,
 * host access or recipient that several features need is declared by each of them and merged here,
 * so removing a feature's file removes exactly what only that feature needed.
 *
 * A planned feature that shares something with shipped ones only adds its id to it: the words and
 * the kind stay those of the shipped features until it ships, so the built manifest and the store
 * answers never describe code that does not exist. It may not widen it (more sites, a stricter
 * kind, a new use): that would reach the manifest early, so assembly refuses it.
 */
import type { FeatureDeclaration, HostAccess, Permission, Policy, Recipient } from './schema';

export type PolicyBase = Omit<
  Policy,
  'features' | 'permissions' | 'hostAccess' | 'dataItems' | 'recipients' | 'linkedSites'
>;

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function joinText(a: string, b: string): string {
  return a === b || a.includes(b) ? a : `${a} ${b}`;
}

function mergeBy<T>(items: T[], key: (item: T) => string, merge: (a: T, b: T) => T): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) {
    const existing = byKey.get(key(item));
    byKey.set(key(item), existing === undefined ? item : merge(existing, item));
  }
  return [...byKey.values()];
}

interface Declared<T> {
  item: T;
  planned: boolean;
}

type Shared = { features: string[] };

/**
 * Merges what shipped features declare; planned declarations of the same key only add their
 * feature ids, unless no shipped feature declares it (then they are merged among themselves).
 */
function mergeDeclared<T extends Shared>(
  entries: Declared<T>[],
  key: (item: T) => string,
  merge: (a: T, b: T) => T,
  /** The fields of an entry that are words, not scope: a planned feature's words wait. */
  words: (item: T) => Partial<T>,
  what: string,
): T[] {
  const group = (planned: boolean) =>
    mergeBy(
      entries.filter((e) => e.planned === planned).map((e) => e.item),
      key,
      merge,
    );
  const result = group(false);
  for (const item of group(true)) {
    const index = result.findIndex((s) => key(s) === key(item));
    const owner = result[index];
    if (!owner) {
      result.push(item);
      continue;
    }
    const scope = (x: T) => JSON.stringify({ ...x, features: [] });
    if (scope(merge(owner, { ...item, ...words(owner) })) !== scope(owner)) {
      throw new Error(
        `${what} "${key(item)}": planned feature(s) ${item.features.join(', ')} would widen what shipped features declare; give the planned part its own entry, or ship the feature`,
      );
    }
    result[index] = { ...owner, features: union(owner.features, item.features) };
  }
  return result;
}

const mergePermission = (a: Permission, b: Permission): Permission => ({
  ...a,
  kind: a.kind === 'required' || b.kind === 'required' ? 'required' : 'optional',
  justification: joinText(a.justification, b.justification),
  features: union(a.features, b.features),
});

const mergeHostAccess = (a: HostAccess, b: HostAccess): HostAccess => ({
  ...a,
  patterns: union(a.patterns, b.patterns),
  kind: a.kind === 'required' || b.kind === 'required' ? 'required' : 'optional',
  uses: union(a.uses, b.uses) as HostAccess['uses'],
  why: joinText(a.why, b.why),
  features: union(a.features, b.features),
});

const mergeRecipient = (a: Recipient, b: Recipient): Recipient => ({
  ...a,
  receives: joinText(a.receives, b.receives),
  features: union(a.features, b.features),
  hosts: union(a.hosts, b.hosts),
});

/** Data items are never merged: two features declaring the same id is reported by validatePolicy. */
export function assemblePolicy(base: PolicyBase, declarations: FeatureDeclaration[]): Policy {
  const declared = <T>(pick: (d: FeatureDeclaration) => T[] | undefined): Declared<T>[] =>
    declarations.flatMap((d) =>
      (pick(d) ?? []).map((item) => ({ item, planned: d.feature.status === 'planned' })),
    );
  const permissions = mergeDeclared(
    declared((d) => d.permissions),
    (p) => p.name,
    mergePermission,
    (p) => ({ justification: p.justification }),
    'permission',
  );
  const hostAccess = mergeDeclared(
    declared((d) => d.hostAccess),
    (h) => h.id,
    mergeHostAccess,
    (h) => ({ why: h.why }),
    'host access',
  );
  const recipients = mergeDeclared(
    declared((d) => d.recipients),
    (r) => r.id,
    mergeRecipient,
    (r) => ({ receives: r.receives }),
    'recipient',
  );
  const linkedSites = mergeBy(
    declarations.flatMap((d) => d.linkedSites ?? []),
    (l) => l.origin,
    (a, b) => ({ ...a, why: joinText(a.why, b.why) }),
  );
  // Required before optional, then by name: the manifest and the policy list them the same way.
  const rank = (p: Permission) => (p.kind === 'required' ? 0 : 1);
  permissions.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
  return {
    ...base,
    features: declarations.map((d) => d.feature),
    permissions,
    hostAccess,
    dataItems: declarations.flatMap((d) => d.dataItems ?? []),
    recipients,
    linkedSites,
  };
}
