/** The privacy policy's words, built from the declaration. Fixed commitments are worded here. */
import { rightTitles } from './describe';
import {
  dataSection,
  permissionsSection,
  plannedMark,
  recipientsSection,
} from './document-sections';
import { list, paragraph, table, type PolicyDocument, type Section } from './document-model';
import type { Policy } from './schema';
import { shippedView } from './shipped';
import { longDate } from './versions';

export function buildPolicyDocument(policy: Policy): PolicyDocument {
  const name = policy.product;
  const anyLeaves = shippedView(policy).dataItems.some((d) => d.sentTo.length > 0);
  const additional = policy.features.filter((f) => f.tier === 'additional');
  const planned = policy.features.filter((f) => f.status === 'planned');
  const synced = policy.dataItems.some((d) => d.storage.area === 'storage.sync');
  const kind = (f: (typeof policy.features)[number]) =>
    `${f.tier === 'basic' ? 'Basic' : 'Additional (opt-in)'}${f.status === 'planned' ? ', planned: not in this version yet' : ''}`;
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
          ...(planned.length > 0
            ? [
                `This policy also describes planned features (${planned.map((f) => f.name).join(', ')}), marked “planned”, so you know in advance how they will handle data. ${name} does none of that until an update brings them, and that update is announced as described under “Changes to this policy”.`,
              ]
            : []),
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
          policy.features.map((f) => [f.name, f.summary, kind(f)]),
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
          policy.dataItems.map((d) => [
            `${d.name}${plannedMark(policy, d.features)}`,
            d.retentionNote,
          ]),
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
          `Everything ${name} keeps is in your own browser${synced ? ' (and, with sync on, in your browser account)' : ''}, so you can use most rights yourself, at once, without asking us:`,
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
              ? `Additional features (${additional.map((f) => `${f.name}${f.status === 'planned' ? ', planned' : ''}`).join('; ')}) handle their data only if you switch them on.`
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
          `${name} is not directed to children under 13 and does not knowingly collect their personal information. We hold no data about anyone on servers of our own; if you believe a child’s data reached us in any way, contact us and we will delete it.`,
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
          `A major change (new kinds of data, a new recipient, a new purpose, a new permission, longer retention, or a feature that now works without asking, including a planned feature arriving) raises the first number of the policy version. ${name} shows what changed the first time it runs after such an update, before the change takes effect, and asks for your agreement where the change needs it. Chrome itself also asks before ${name} can use a permission with a new warning. Wording changes raise the second number and are listed below.`,
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
