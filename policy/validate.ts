/**
 * Checks a Policy for what its types cannot express: references that must exist, words that must
 * match Chrome's, and rules of consent (an opt-in feature may not bring anything required, a basic
 * feature may not depend on anything optional). Returns one readable sentence per problem; an empty
 * list means the declaration is sound. The rules run on the whole declaration and again on the
 * shipped view (planned features left out), which is what the built manifest is made from.
 */
import { permissionWarnings } from './install-warnings';
import { isMatchPattern } from './match-patterns';
import { shippedView } from './shipped';
import { compareVersions, isIsoDate, isSemver } from './versions';
import {
  cwsDataCategories,
  featureStatuses,
  firefoxDataCategories,
  hostUses,
  rightKinds,
  storageAreas,
  type Policy,
  type Retention,
} from './schema';

function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

function isRetention(value: unknown): value is Retention {
  if (value === 'session' || value === 'until-deleted') return true;
  if (typeof value !== 'object' || value === null || !('days' in value)) return false;
  const { days } = value;
  return typeof days === 'number' && Number.isInteger(days) && days > 0;
}

export function validatePolicy(policy: Policy): string[] {
  const problems = checkRules(policy);
  const seen = new Set(problems);
  for (const problem of checkRules(shippedView(policy))) {
    if (!seen.has(problem)) problems.push(`with planned features left out, ${problem}`);
  }
  return problems;
}

function checkRules(policy: Policy): string[] {
  const problems: string[] = [];
  const report = (where: string, message: string) => problems.push(`${where}: ${message}`);
  const featureIds = new Set(policy.features.map((f) => f.id));
  const recipientIds = new Set(policy.recipients.map((r) => r.id));
  const tierOf = new Map(policy.features.map((f) => [f.id, f.tier]));
  const onlyAdditional = (features: string[]) =>
    features.length > 0 && features.every((f) => tierOf.get(f) === 'additional');
  const onlyBasic = (features: string[]) =>
    features.length > 0 && features.every((f) => tierOf.get(f) === 'basic');
  const checkFeatures = (where: string, features: string[]) => {
    if (features.length === 0) report(where, 'names no feature that uses it');
    for (const f of features) if (!featureIds.has(f)) report(where, `unknown feature "${f}"`);
  };

  for (const [field, value] of [
    ['product', policy.product],
    ['controller.name', policy.controller.name],
    ['controller.contact', policy.controller.contact],
    ['singlePurpose', policy.singlePurpose],
  ] as const) {
    if (value.trim() === '') report(field, 'is empty');
  }
  if (!isSemver(policy.version)) report('version', `"${policy.version}" is not x.y.z`);
  if (!isIsoDate(policy.effectiveDate)) report('effectiveDate', 'is not a real YYYY-MM-DD date');

  const log = policy.changeLog;
  const last = log[log.length - 1];
  if (!last) report('changeLog', 'is empty');
  else if (last.version !== policy.version || last.date !== policy.effectiveDate) {
    report(
      'changeLog',
      `the last entry must be version ${policy.version} of ${policy.effectiveDate}`,
    );
  }
  log.forEach((entry, i) => {
    const where = `changeLog[${entry.version}]`;
    if (!isSemver(entry.version) || !isIsoDate(entry.date)) report(where, 'bad version or date');
    if ((entry.kind === 'initial') !== (i === 0))
      report(where, 'only the first entry is "initial"');
    if (entry.changes.length === 0) report(where, 'lists no change');
    const prev = log[i - 1];
    if (prev && compareVersions(prev.version, entry.version) >= 0) {
      report(where, `must come after ${prev.version}`);
    }
    if (prev && prev.date > entry.date) report(where, `is dated before ${prev.version}`);
  });

  for (const id of duplicates(policy.features.map((f) => f.id))) report(`feature ${id}`, 'twice');
  for (const f of policy.features) {
    if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(f.id))
      report(`feature ${f.id}`, 'id is not kebab-case');
    if (!f.name.trim() || !f.summary.trim())
      report(`feature ${f.id}`, 'needs a name and a summary');
    if (f.tier !== 'basic' && f.tier !== 'additional') {
      report(`feature ${f.id}`, `tier must be "basic" or "additional", not "${String(f.tier)}"`);
    }
    if (!featureStatuses.includes(f.status)) {
      report(`feature ${f.id}`, `status must be "shipped" or "planned", not "${String(f.status)}"`);
    }
  }

  for (const p of policy.permissions) {
    const where = `permission ${p.name}`;
    checkFeatures(where, p.features);
    if (!p.justification.trim()) report(where, 'has no justification');
    if (!(p.name in permissionWarnings)) {
      report(where, 'is not in install-warnings.ts; add it with the warning Chrome shows');
    } else if (permissionWarnings[p.name] !== p.installWarning) {
      report(where, `Chrome warns ${JSON.stringify(permissionWarnings[p.name])}, not that`);
    }
    if (p.kind === 'required' && onlyAdditional(p.features)) {
      report(where, 'only opt-in features use it, so it must be optional');
    }
    if (p.kind === 'optional' && onlyBasic(p.features)) {
      report(
        where,
        'only basic features use it and they work without asking, so it must be required',
      );
    }
  }

  for (const id of duplicates(policy.hostAccess.map((h) => h.id))) report(`host ${id}`, 'twice');
  for (const h of policy.hostAccess) {
    const where = `host access ${h.id}`;
    checkFeatures(where, h.features);
    if (h.patterns.length === 0) report(where, 'has no match pattern');
    for (const p of h.patterns) if (!isMatchPattern(p)) report(where, `bad match pattern "${p}"`);
    if (h.uses.length === 0) report(where, 'names no use');
    for (const u of h.uses) if (!hostUses.includes(u)) report(where, `unknown use "${u}"`);
    if (h.kind === 'required' && onlyAdditional(h.features)) {
      report(where, 'only opt-in features use it, so it must be optional');
    }
    if (h.kind === 'optional' && onlyBasic(h.features)) {
      report(
        where,
        'only basic features use it and they work without asking, so it must be required',
      );
    }
    if (h.uses.includes('content-script') && h.kind !== 'required') {
      report(where, 'declared content scripts always run, so their hosts are required');
    }
    if (h.uses.includes('fetch') && !h.recipient) report(where, 'fetches but names no recipient');
    if (h.uses.includes('tab') && !h.recipient) report(where, 'opens tabs but names no recipient');
    if (h.recipient && !recipientIds.has(h.recipient)) {
      report(where, `unknown recipient "${h.recipient}"`);
    }
  }

  for (const id of duplicates(policy.dataItems.map((d) => d.id))) report(`data ${id}`, 'twice');
  const places: string[] = [];
  for (const d of policy.dataItems) {
    const where = `data item ${d.id}`;
    checkFeatures(where, d.features);
    for (const [field, value] of Object.entries({
      name: d.name,
      what: d.what,
      source: d.source,
      purpose: d.purpose,
      retentionNote: d.retentionNote,
      deletion: d.deletion,
    })) {
      if (!value.trim()) report(where, `${field} is empty`);
    }
    const { area, keys = [], database } = d.storage;
    if (!storageAreas.includes(area)) report(where, `unknown storage area "${area}"`);
    if (area.startsWith('storage.')) {
      if (keys.length === 0) report(where, `names no ${area} key`);
      places.push(...keys.map((k) => `${area} key "${k}"`));
    } else if (keys.length > 0) report(where, `${area} has no keys; use storage.database`);
    if (area === 'indexeddb') {
      if (!database?.name || database.stores.length === 0) {
        report(where, 'names no IndexedDB database and object stores');
      } else places.push(...database.stores.map((s) => `IndexedDB ${database.name}/${s}`));
    } else if (database) report(where, 'has a database but is not stored in indexeddb');
    if ((area === 'memory' || area === 'storage.session') && d.retention !== 'session') {
      report(where, `${area} is cleared with the session; retention must be "session"`);
    }
    if (!isRetention(d.retention)) {
      report(
        where,
        'has no valid retention: "session", "until-deleted" or { days } with a positive whole number',
      );
    }
    for (const r of d.sentTo) if (!recipientIds.has(r)) report(where, `unknown recipient "${r}"`);
    if (area === 'storage.sync' && d.sentTo.length === 0) {
      report(where, 'storage.sync sends data to the browser’s sync service; name it in sentTo');
    }
    if (d.sentTo.length > 0 && d.firefoxCategory === 'none') {
      report(where, 'leaves the browser, so it needs a Firefox data category');
    }
    if (d.sentTo.length === 0 && d.firefoxCategory !== 'none') {
      report(where, 'never leaves the browser, so its Firefox data category must be "none"');
    }
    if (onlyAdditional(d.features) && d.legalBasis !== 'consent') {
      report(where, 'only opt-in features use it, so its legal basis is consent');
    }
    const categories = d.chromeWebStoreCategories ?? [];
    if (!Array.isArray(d.chromeWebStoreCategories)) {
      report(where, 'chromeWebStoreCategories must be a list (empty when none fits)');
    }
    for (const c of categories) {
      if (!cwsDataCategories.includes(c)) report(where, `unknown Chrome Web Store category "${c}"`);
    }
    for (const c of duplicates(categories)) report(where, `lists category "${c}" twice`);
    if (d.firefoxCategory !== 'none' && !firefoxDataCategories.includes(d.firefoxCategory)) {
      report(where, `unknown Firefox data category "${d.firefoxCategory}"`);
    }
    if (d.firefoxCategory === 'technicalAndInteraction' && !onlyAdditional(d.features)) {
      report(
        where,
        'Firefox allows technicalAndInteraction only as optional, so only opt-in features may send it',
      );
    }
  }
  for (const place of duplicates(places)) report(place, 'is claimed by two data items');

  for (const id of duplicates(policy.recipients.map((r) => r.id)))
    report(`recipient ${id}`, 'twice');
  for (const r of policy.recipients) {
    const where = `recipient ${r.id}`;
    checkFeatures(where, r.features);
    const used =
      policy.dataItems.some((d) => d.sentTo.includes(r.id)) ||
      policy.hostAccess.some((h) => h.recipient === r.id);
    if (!used) report(where, 'no data item or host access sends anything to it');
    for (const host of r.hosts) {
      if (!/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) report(where, `bad host "${host}"`);
    }
  }

  for (const kind of rightKinds) {
    const count = policy.rights.filter((r) => r.right === kind).length;
    if (count !== 1) report(`right ${kind}`, count === 0 ? 'is missing' : 'is listed twice');
  }
  for (const r of policy.rights) if (!r.how.trim()) report(`right ${r.right}`, 'says not how');

  for (const l of policy.linkedSites) {
    if (!/^https:\/\/[a-z0-9.-]+$/.test(l.origin))
      report(`link ${l.origin}`, 'is not an https origin');
  }
  return problems;
}
