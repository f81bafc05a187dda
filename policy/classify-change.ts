/**
 * How much a new declaration differs from an old one. Major changes (new data, recipient, purpose,
 * permission or host, longer retention, a newly required feature, data that now leaves the browser)
 * need the user to be told again before they apply; minor ones are wording or less processing.
 *
 * Majors are judged on the shipped views (policy/shipped.ts): a planned feature changes nothing the
 * user runs, so edits to it are minor, and the release that ships it is where its permissions,
 * data and recipients count as new.
 */
import type { DataItem, Policy, Retention } from './schema';
import { shippedView } from './shipped';
import { versionBump } from './versions';

export type ChangeKind = 'major' | 'minor';

export interface PolicyChange {
  kind: ChangeKind;
  /** What changed, e.g. `dataItems.price-history`. */
  subject: string;
  description: string;
}

export interface ChangeClassification {
  kind: ChangeKind | 'none';
  changes: PolicyChange[];
}

/** session < days (by count) < until-deleted. */
function retentionRank(r: Retention): number {
  if (r === 'session') return 0;
  if (r === 'until-deleted') return Number.POSITIVE_INFINITY;
  return r.days;
}

const json = (value: unknown) => JSON.stringify(value);

function byId<T>(items: T[], id: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [id(item), item]));
}

function compareDataItem(before: DataItem, after: DataItem, add: (c: PolicyChange) => void): void {
  const subject = `dataItems.${after.id}`;
  const major = (description: string) => add({ kind: 'major', subject, description });
  const minor = (description: string) => add({ kind: 'minor', subject, description });
  for (const f of after.features) {
    if (!before.features.includes(f)) major(`now also used by feature "${f}" (a new purpose)`);
  }
  if (before.legalBasis !== after.legalBasis) {
    major(`legal basis ${before.legalBasis} → ${after.legalBasis}`);
  }
  for (const r of after.sentTo) if (!before.sentTo.includes(r)) major(`now sent to "${r}"`);
  const [was, now] = [retentionRank(before.retention), retentionRank(after.retention)];
  if (now > was) major(`kept longer: ${json(before.retention)} → ${json(after.retention)}`);
  if (now < was) minor(`kept shorter: ${json(before.retention)} → ${json(after.retention)}`);
  if (json(before.storage) !== json(after.storage)) {
    (after.storage.area === 'storage.sync' && before.storage.area !== 'storage.sync'
      ? major
      : minor)(`stored in ${json(after.storage)} instead of ${json(before.storage)}`);
  }
  for (const c of after.chromeWebStoreCategories) {
    if (!before.chromeWebStoreCategories.includes(c)) major(`now in store category ${c}`);
  }
  for (const c of before.chromeWebStoreCategories) {
    if (!after.chromeWebStoreCategories.includes(c)) minor(`no longer in store category ${c}`);
  }
  if (before.firefoxCategory !== after.firefoxCategory) {
    (after.firefoxCategory === 'none' ? minor : major)(
      `firefoxCategory ${before.firefoxCategory} → ${after.firefoxCategory}`,
    );
  }
  // A purpose is what consent was given for: any change to it counts as a new purpose.
  if (before.purpose !== after.purpose) major('purpose changed (treated as a new purpose)');
  for (const field of ['name', 'what', 'source', 'retentionNote', 'deletion'] as const) {
    if (before[field] !== after[field]) minor(`${field} reworded`);
  }
  for (const r of before.sentTo) if (!after.sentTo.includes(r)) minor(`no longer sent to "${r}"`);
}

/**
 * Classifies what changed from `before` to `after`; version, date and change log are ignored.
 * What changed only in planned features is reported as minor.
 */
export function classifyChange(before: Policy, after: Policy): ChangeClassification {
  const wasPlanned = new Set(
    before.features.filter((f) => f.status === 'planned').map((f) => f.id),
  );
  const changes = compare(shippedView(before), shippedView(after), wasPlanned);
  const covered = new Set(changes.map((c) => c.subject));
  for (const c of compare(before, after, new Set())) {
    if (!covered.has(c.subject)) {
      changes.push({
        ...c,
        kind: 'minor',
        description: `${c.description} (planned features only)`,
      });
    }
  }
  const kind = changes.some((c) => c.kind === 'major')
    ? 'major'
    : changes.length > 0
      ? 'minor'
      : 'none';
  return { kind, changes };
}

function compare(before: Policy, after: Policy, wasPlanned: Set<string>): PolicyChange[] {
  const changes: PolicyChange[] = [];
  const add = (c: PolicyChange) => changes.push(c);

  const oldData = byId(before.dataItems, (d) => d.id);
  for (const item of after.dataItems) {
    const old = oldData.get(item.id);
    if (!old) add({ kind: 'major', subject: `dataItems.${item.id}`, description: 'new data item' });
    else compareDataItem(old, item, add);
  }
  for (const item of before.dataItems) {
    if (!after.dataItems.some((d) => d.id === item.id)) {
      add({ kind: 'minor', subject: `dataItems.${item.id}`, description: 'no longer handled' });
    }
  }

  const oldRecipients = byId(before.recipients, (r) => r.id);
  for (const r of after.recipients) {
    const old = oldRecipients.get(r.id);
    const subject = `recipients.${r.id}`;
    if (!old) add({ kind: 'major', subject, description: 'new recipient' });
    else if (r.hosts.some((h) => !old.hosts.includes(h))) {
      add({ kind: 'major', subject, description: 'contacted on new hosts' });
    } else if (json(old) !== json(r)) add({ kind: 'minor', subject, description: 'reworded' });
  }

  const oldFeatures = byId(before.features, (f) => f.id);
  for (const f of after.features) {
    const old = oldFeatures.get(f.id);
    const subject = `features.${f.id}`;
    if (!old) {
      const what = f.tier === 'basic' ? 'basic feature' : 'opt-in feature';
      add({
        kind: f.tier === 'basic' ? 'major' : 'minor',
        subject,
        description: wasPlanned.has(f.id) ? `planned ${what} ships` : `new ${what}`,
      });
    } else if (old.tier === 'additional' && f.tier === 'basic') {
      add({ kind: 'major', subject, description: 'opt-in feature became basic' });
    } else if (json(old) !== json(f)) add({ kind: 'minor', subject, description: 'reworded' });
  }

  const oldPermissions = byId(before.permissions, (p) => p.name);
  for (const p of after.permissions) {
    const old = oldPermissions.get(p.name);
    const subject = `permissions.${p.name}`;
    if (!old) add({ kind: 'major', subject, description: `new ${p.kind} permission` });
    else if (old.kind === 'optional' && p.kind === 'required') {
      add({ kind: 'major', subject, description: 'optional permission became required' });
    } else if (json(old) !== json(p)) add({ kind: 'minor', subject, description: 'reworded' });
  }

  const oldPatterns = new Set(before.hostAccess.flatMap((h) => h.patterns));
  const oldUses = new Set(before.hostAccess.flatMap((h) => h.uses.map((u) => `${h.id}:${u}`)));
  for (const h of after.hostAccess) {
    const subject = `hostAccess.${h.id}`;
    for (const p of h.patterns) {
      if (!oldPatterns.has(p)) add({ kind: 'major', subject, description: `new site ${p}` });
    }
    for (const u of h.uses) {
      if (!oldUses.has(`${h.id}:${u}`))
        add({ kind: 'major', subject, description: `new use ${u}` });
    }
  }

  const removed: [string, string[], string[]][] = [
    ['recipients', before.recipients.map((r) => r.id), after.recipients.map((r) => r.id)],
    ['features', before.features.map((f) => f.id), after.features.map((f) => f.id)],
    ['permissions', before.permissions.map((p) => p.name), after.permissions.map((p) => p.name)],
    ['hostAccess', [...oldPatterns], after.hostAccess.flatMap((h) => h.patterns)],
  ];
  for (const [group, was, now] of removed) {
    for (const id of was) {
      if (!now.includes(id))
        add({ kind: 'minor', subject: `${group}.${id}`, description: 'removed' });
    }
  }

  for (const key of ['product', 'controller', 'singlePurpose', 'rights', 'linkedSites'] as const) {
    if (json(before[key]) !== json(after[key])) {
      add({ kind: 'minor', subject: key, description: 'reworded' });
    }
  }
  if (
    json(before.hostAccess) !== json(after.hostAccess) &&
    !changes.some((c) => c.subject.startsWith('hostAccess.'))
  ) {
    add({ kind: 'minor', subject: 'hostAccess', description: 'reworded or narrowed' });
  }
  return changes;
}

/** The problem with `after`'s version number given what changed, or null when it fits. */
export function versionProblem(before: Policy, after: Policy): string | null {
  const { kind } = classifyChange(before, after);
  const bump = versionBump(before.version, after.version);
  if (bump === 'down') return `version went down from ${before.version} to ${after.version}`;
  if (kind === 'major' && bump !== 'major') return `a major change needs a new major version`;
  if (kind === 'minor' && bump === 'none') return `a wording change needs a new minor version`;
  return null;
}
