/** The privacy policy's words, built from the declaration. Fixed commitments are worded here. */
import {
  describeStorage,
  describeStorageLocation,
  legalBasisText,
  recipientsOf,
  rightTitles,
} from './describe';
import { list, paragraph, table, type PolicyDocument, type Section } from './document-model';
import { hostWarning } from './install-warnings';
import type { Policy } from './schema';
import { longDate } from './versions';

function dataSection(policy: Policy): Section {
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
      return {
        id: `data-${item.id}`,
        title: item.name,
        blocks: [
          paragraph(item.what),
          list([
            `Source: ${item.source}`,
            `Used by: ${item.features.map((f) => featureName.get(f) ?? f).join(', ')}`,
            `Purpose: ${item.purpose}`,
            `Legal basis: ${legalBasisText[item.legalBasis]}`,
            `Where it is kept: ${describeStorage(item.storage)}${
              item.storage.area === 'memory' ? '' : ` (${describeStorageLocation(item.storage)})`
            }`,
            `How long: ${item.retentionNote}`,
            `Leaves your browser: ${
              recipients.length === 0 ? 'No' : `Yes, to ${recipients.map((r) => r.name).join(', ')}`
            }`,
            `How to delete it: ${item.deletion}`,
          ]),
        ],
      };
    }),
  };
}

function recipientsSection(policy: Policy): Section {
  const blocks =
    policy.recipients.length === 0
      ? [
          paragraph(
            'Nobody. AliKeep has no server of its own, and nothing it handles is sent to us or to anyone else. There are therefore no transfers of your data to other countries.',
          ),
        ]
      : [
          paragraph(
            'AliKeep has no server of its own and sends nothing to us. Only these recipients receive data, and only while the feature named is in use:',
          ),
          table(
            ['Recipient', 'What they receive and why', 'Transfers'],
            policy.recipients.map((r) => [r.name, r.receives, r.transfers]),
          ),
        ];
  return { id: 'recipients', title: 'Who receives data', blocks };
}

function permissionsSection(policy: Policy): Section {
  const required = policy.hostAccess
    .filter((h) => h.kind === 'required')
    .flatMap((h) => h.patterns);
  const warning = hostWarning(required);
  return {
    id: 'permissions',
    title: 'Permissions AliKeep asks for',
    blocks: [
      table(
        ['Permission', 'When', 'Why', 'What Chrome shows'],
        policy.permissions.map((p) => [
          `\`${p.name}\``,
          p.kind === 'required' ? 'At install' : 'Only when you switch on a feature that needs it',
          p.justification,
          p.installWarning ?? 'Nothing',
        ]),
      ),
      paragraph('Sites AliKeep works on:'),
      table(
        ['Sites', 'Why'],
        policy.hostAccess.map((h) => [h.patterns.map((p) => `\`${p}\``).join(' '), h.why]),
      ),
      ...(warning ? [paragraph(`For these sites Chrome shows: “${warning}”.`)] : []),
    ],
  };
}

export function buildPolicyDocument(policy: Policy): PolicyDocument {
  const name = policy.product;
  const anyLeaves = policy.dataItems.some((d) => d.sentTo.length > 0);
  const additional = policy.features.filter((f) => f.tier === 'additional');
  const sections: Section[] = [
    {
      id: 'summary',
      title: 'In short',
      blocks: [
        list([
          `${name} works inside your browser. ${
            anyLeaves
              ? 'Data leaves your browser only for the recipients listed below, and only for features you use.'
              : 'Nothing it handles leaves your browser.'
          }`,
          `${name} has no server and no account, shows no ads, and never sells or shares your data.`,
          'Additional features are off until you switch them on, and you can switch them off at any time.',
        ]),
      ],
    },
    {
      id: 'controller',
      title: 'Who is responsible, and how to reach us',
      blocks: [
        paragraph(`${policy.controller.name} is responsible for ${name}.`),
        paragraph(policy.controller.contact),
      ],
    },
    {
      id: 'features',
      title: `What ${name} does`,
      blocks: [
        paragraph(policy.singlePurpose),
        paragraph(
          'Basic features work from installation. Additional features are opt-in: they are off until you choose them, can be switched off at any time, and switching one off stops its processing.',
        ),
        table(
          ['Feature', 'What it does', 'Kind'],
          policy.features.map((f) => [
            f.name,
            f.summary,
            f.tier === 'basic' ? 'Basic' : 'Additional (opt-in)',
          ]),
        ),
      ],
    },
    dataSection(policy),
    {
      id: 'retention',
      title: 'How long data is kept',
      blocks: [
        table(
          ['Data', 'How long'],
          policy.dataItems.map((d) => [d.name, d.retentionNote]),
        ),
      ],
    },
    recipientsSection(policy),
    permissionsSection(policy),
    {
      id: 'rights',
      title: 'Your rights, and how to use them',
      blocks: [
        paragraph(
          `Everything ${name} keeps is in your own browser, so you can use most rights yourself, at once, without asking us:`,
        ),
        list(policy.rights.map((r) => `${rightTitles[r.right]}: ${r.how}`)),
      ],
    },
    {
      id: 'required',
      title: 'Do you have to provide data?',
      blocks: [
        paragraph(
          `No law or contract requires it. The basic features need the data listed for them in order to work; if you do not want that, remove ${name}. ${
            additional.length > 0
              ? `Additional features (${additional.map((f) => f.name).join(', ')}) handle their data only if you switch them on.`
              : `${name} has no additional features at present.`
          }`,
        ),
      ],
    },
    {
      id: 'automated-decisions',
      title: 'Automated decisions',
      blocks: [
        paragraph(`${name} makes no automated decisions about you and builds no profile of you.`),
      ],
    },
    {
      id: 'no-sale',
      title: 'No sale, no sharing, no advertising',
      blocks: [
        paragraph(
          `${name} does not sell, rent or share your personal information, including for cross-context behavioural advertising, and does not use it for advertising, credit decisions or anything outside its single purpose.`,
        ),
        paragraph(
          `The use of information received from the pages ${name} works on and from the browser’s extension interfaces adheres to the Chrome Web Store User Data Policy, including the Limited Use requirements.`,
        ),
      ],
    },
    {
      id: 'children',
      title: 'Children',
      blocks: [
        paragraph(
          `${name} is not directed to children under 13 and does not knowingly collect their personal information. It keeps nothing outside your browser; if you believe a child’s data reached us in any way, contact us and we will delete it.`,
        ),
      ],
    },
    {
      id: 'do-not-track',
      title: 'Do Not Track',
      blocks: [
        paragraph(
          `${name} does not track you across websites, so it behaves the same whether or not your browser sends a Do Not Track or Global Privacy Control signal.`,
        ),
      ],
    },
  ];
  if (policy.linkedSites.length > 0) {
    sections.push({
      id: 'links',
      title: 'Links to other sites',
      blocks: [
        paragraph(
          `${name} links to these sites. They open in a normal tab only when you click; ${name} sends them nothing.`,
        ),
        list(policy.linkedSites.map((l) => `${l.origin}: ${l.why}`)),
      ],
    });
  }
  sections.push(
    {
      id: 'changes',
      title: 'Changes to this policy',
      blocks: [
        paragraph(
          `A major change (new kinds of data, a new recipient, a new purpose, a new permission or longer retention) raises the first number of the policy version. ${name} shows what changed the first time it runs after such an update, before the change takes effect, and asks for your agreement where the change needs it. Chrome itself also asks before ${name} can use a permission with a new warning. Wording changes raise the second number and are listed below.`,
        ),
        table(
          ['Version', 'Date', 'Changes'],
          [...policy.changeLog]
            .reverse()
            .map((e) => [e.version, longDate(e.date), e.changes.join(' ')]),
        ),
      ],
    },
    {
      id: 'affiliation',
      title: 'Not affiliated with Alibaba Group',
      blocks: [
        paragraph(
          `${name} is an independent project. It is not affiliated with, endorsed or sponsored by Alibaba Group; AliExpress and Alibaba.com are trademarks of their owners.`,
        ),
      ],
    },
  );
  return {
    title: `${name} Privacy Policy`,
    subtitle: `Version ${policy.version}, effective ${longDate(policy.effectiveDate)}`,
    sections,
  };
}
