/**
 * The sections of the privacy policy that list what the declaration holds: data items, recipients,
 * permissions and sites. Anything only planned features use is marked "(planned)".
 */
import { describeStorage, describeStorageLocation, legalBasisText, recipientsOf } from './describe';
import { list, paragraph, table, type Section } from './document-model';
import { hostWarning } from './install-warnings';
import type { Policy } from './schema';
import { onlyPlanned, shippedView } from './shipped';

/** ` (planned)` after the name of anything only planned features use. */
export function plannedMark(policy: Policy, features: string[]): string {
  return onlyPlanned(policy, features) ? ' (planned)' : '';
}

/** `A`, `A and B`, `A, B and C`. */
export function featureNames(policy: Policy, ids: string[]): string {
  const names = policy.features.filter((f) => ids.includes(f.id)).map((f) => f.name);
  const last = names.pop();
  return names.length === 0 ? (last ?? '') : `${names.join(', ')} and ${last}`;
}

export function dataSection(policy: Policy): Section {
  const featureName = new Map(policy.features.map((f) => [f.id, f.name]));
  return {
    id: 'data',
    title: 'What data AliKeep handles, and why',
    blocks: [
      paragraph(
        'This is every kind of data AliKeep handles, where it comes from, what it is for and where it is kept.',
      ),
    ],
    subsections: policy.dataItems.map((item) => {
      const recipients = recipientsOf(policy, item);
      const planned = onlyPlanned(policy, item.features);
      return {
        id: `data-${item.id}`,
        title: `${item.name}${plannedMark(policy, item.features)}`,
        blocks: [
          paragraph(item.what),
          list([
            ...(planned
              ? [
                  `Status: planned. ${policy.product} does not handle this data yet; this is how it will once an update brings ${featureNames(policy, item.features)}.`,
                ]
              : []),
            `Source: ${item.source}`,
            `Used by: ${item.features.map((f) => featureName.get(f) ?? f).join(', ')}`,
            `Purpose: ${item.purpose}`,
            `Legal basis: ${legalBasisText[item.legalBasis]}`,
            `Where it is kept: ${describeStorage(item.storage)}${
              item.storage.area === 'memory' ? '' : ` (${describeStorageLocation(item.storage)})`
            }`,
            `How long: ${item.retentionNote}`,
            `Leaves your browser: ${
              recipients.length === 0 ? 'No' : `Yes: ${recipients.map((r) => r.name).join(', ')}`
            }`,
            `How to delete it: ${item.deletion}`,
          ]),
        ],
      };
    }),
  };
}

export function recipientsSection(policy: Policy): Section {
  const name = policy.product;
  const nobody = `${name} has no server of its own, and nothing it handles is sent to us or to anyone else, so there are no transfers of your data to other countries.`;
  if (policy.recipients.length === 0) {
    return {
      id: 'recipients',
      title: 'Who receives data',
      blocks: [paragraph(`Nobody. ${nobody}`)],
    };
  }
  const intro =
    shippedView(policy).recipients.length === 0
      ? `In this version, nobody: ${nobody} Planned features will send data only to the recipients below, and only while you use them.`
      : `${name} has no server of its own and sends nothing to us. Only these recipients receive data, and only while the feature that sends it is in use.`;
  return {
    id: 'recipients',
    title: 'Who receives data',
    blocks: [
      paragraph(intro),
      table(
        ['Recipient', 'What they receive and why', 'Used by', 'Transfers'],
        policy.recipients.map((r) => [
          `${r.name}${plannedMark(policy, r.features)}`,
          r.receives,
          featureNames(policy, r.features),
          r.transfers,
        ]),
      ),
    ],
  };
}

export function permissionsSection(policy: Policy): Section {
  const required = shippedView(policy)
    .hostAccess.filter((h) => h.kind === 'required')
    .flatMap((h) => h.patterns);
  const warning = hostWarning(required);
  const when = (kind: 'required' | 'optional', features: string[]) => {
    const now =
      kind === 'required' ? 'At install' : 'Only when you switch on a feature that needs it';
    return onlyPlanned(policy, features)
      ? `Not in this version. Arrives with ${featureNames(policy, features)}; then: ${now.toLowerCase()}`
      : now;
  };
  return {
    id: 'permissions',
    title: `Permissions ${policy.product} asks for`,
    blocks: [
      table(
        ['Permission', 'When', 'Why', 'What Chrome shows'],
        policy.permissions.map((p) => [
          `\`${p.name}\``,
          when(p.kind, p.features),
          p.justification,
          p.installWarning ?? 'Nothing',
        ]),
      ),
      paragraph(`Sites ${policy.product} works on:`),
      table(
        ['Sites', 'When', 'Why'],
        policy.hostAccess.map((h) => [
          h.patterns.map((p) => `\`${p}\``).join(' '),
          when(h.kind, h.features),
          h.why,
        ]),
      ),
      ...(warning
        ? [paragraph(`For the sites used in this version Chrome shows: “${warning}”.`)]
        : []),
    ],
  };
}
