/**
 * Builds the Policy from the project-wide part and one declaration per feature. A permission,
 * host access or recipient that several features need is declared by each of them and merged here,
 * so removing a feature's file removes exactly what only that feature needed.
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
  const permissions = mergeBy(
    declarations.flatMap((d) => d.permissions ?? []),
    (p) => p.name,
    mergePermission,
  );
  const hostAccess = mergeBy(
    declarations.flatMap((d) => d.hostAccess ?? []),
    (h) => h.id,
    mergeHostAccess,
  );
  const recipients = mergeBy(
    declarations.flatMap((d) => d.recipients ?? []),
    (r) => r.id,
    mergeRecipient,
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
