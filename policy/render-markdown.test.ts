import { describe, expect, it } from 'vitest';
import { legalBasisText, rightTitles } from './describe';
import { buildPolicyDocument } from './document';
import { paragraph, table } from './document-model';
import { hostWarning } from './install-warnings';
import { policy } from './policy';
import { documentToMarkdown, renderPolicyMarkdown } from './render-markdown';
import { rightKinds } from './schema';
import { onlyPlanned, shippedView } from './shipped';
import { declared, fixture, fixtureShipped } from './test-policies';
import { longDate } from './versions';

const markdown = renderPolicyMarkdown(policy);

/** The text of the `## …` section whose heading matches, up to the next `## `. */
function section(heading: RegExp, text = markdown): string {
  const parts = text.split(/^(?=## )/m);
  const found = parts.find((part) => heading.test(part.split('\n')[0] ?? ''));
  if (!found) throw new Error(`no section ${heading}`);
  return found;
}

describe('PRIVACY.md', () => {
  it('names the controller and how to reach them', () => {
    const text = section(/Who is responsible/);
    expect(text).toContain(policy.controller.name);
    expect(text).toContain(policy.controller.contact);
  });

  it('states the purpose, the legal basis, the source and the category of every data item', () => {
    const text = section(/What data/);
    for (const item of policy.dataItems) {
      expect(text).toContain(`### ${item.name}`);
      expect(text).toContain(`Purpose: ${item.purpose}`);
      expect(text).toContain(`Legal basis: ${legalBasisText[item.legalBasis]}`);
      expect(text).toContain(`Source: ${item.source}`);
      expect(text).toContain(`How to delete it: ${item.deletion}`);
    }
  });

  it('gives the retention of every data item', () => {
    const text = section(/How long data is kept/);
    for (const item of policy.dataItems) expect(text).toContain(item.retentionNote);
  });

  it('names the recipients and transfers', () => {
    const text = section(/Who receives data/);
    const nobodyYet = shippedView(policy).recipients.length === 0;
    expect(/In this version, nobody/.test(text)).toBe(nobodyYet);
    for (const r of policy.recipients) {
      expect(text).toContain(`${r.name}${onlyPlanned(policy, r.features) ? ' (planned)' : ''} |`);
      expect(text).toContain(r.transfers);
    }
  });

  it('lists every right and how to use it', () => {
    const text = section(/Your rights/);
    for (const kind of rightKinds) {
      const right = policy.rights.find((r) => r.right === kind);
      expect(text).toContain(`${rightTitles[kind]}: ${right?.how}`);
    }
    expect(text).toMatch(/supervisory authority/);
  });

  it('says whether data must be provided and that no automated decisions are made', () => {
    expect(section(/Do you have to provide data/)).toMatch(/No law or contract requires it/);
    expect(section(/Automated decisions/)).toMatch(/no automated decisions/);
  });

  it('covers children, Do Not Track, sale and sharing', () => {
    expect(section(/Children/)).toMatch(/not directed to children under 13/);
    expect(section(/Do Not Track/)).toMatch(/Do Not Track/);
    expect(section(/No sale/)).toMatch(/does not sell, rent or share your personal information/);
  });

  it('carries the Chrome Web Store Limited Use statement', () => {
    expect(section(/No sale/)).toContain(
      'adheres to the Chrome Web Store User Data Policy, including the Limited Use requirements.',
    );
  });

  it('explains how changes are announced, with the change log and the effective date', () => {
    expect(markdown.split('\n')[2]).toBe(
      `Version ${policy.version}, effective ${longDate(policy.effectiveDate)}`,
    );
    const text = section(/Changes to this policy/);
    expect(text).toMatch(/major change/);
    for (const entry of policy.changeLog) {
      expect(text).toContain(`| ${entry.version} | ${longDate(entry.date)} |`);
    }
  });

  it('says AliKeep is not affiliated with Alibaba Group', () => {
    expect(section(/Not affiliated with Alibaba Group/)).toMatch(
      /not affiliated with, endorsed or sponsored by Alibaba Group/,
    );
  });

  it('lists every permission and site with why, and the warning Chrome shows', () => {
    const text = section(/Permissions/);
    for (const p of policy.permissions) expect(text).toContain(`\`${p.name}\``);
    for (const p of policy.permissions)
      if (p.installWarning) expect(text).toContain(p.installWarning);
    for (const h of policy.hostAccess) expect(text).toContain(h.why);
    const required = shippedView(policy)
      .hostAccess.filter((h) => h.kind === 'required')
      .flatMap((h) => h.patterns);
    expect(text).toContain(`“${hostWarning(required)}”`);
  });

  it('marks exactly what only planned features use', () => {
    for (const item of policy.dataItems) {
      const planned = onlyPlanned(policy, item.features);
      expect(markdown).toContain(`### ${item.name}${planned ? ' (planned)' : ''}\n`);
    }
  });
});

describe('PRIVACY.md while features are planned', () => {
  const text = renderPolicyMarkdown(fixture());

  it('marks what is planned, and says the current version sends nothing', () => {
    const short = section(/In short/, text);
    expect(short).toMatch(/Nothing it handles leaves your browser/);
    expect(short).toMatch(
      /planned features \(Media saver, Price history, Alerts, Rechecks, Sync\)/,
    );
    const data = section(/What data/, text);
    expect(data).toContain('### Saved preferences\n');
    expect(data).toContain('### Price history (planned)');
    expect(data).toMatch(/Status: planned\. Fixture does not handle this data yet/);
    expect(section(/Permissions/, text)).toMatch(
      /`downloads` +\| Not in this version\. Arrives with Media saver; then: at install/,
    );
    expect(section(/What Fixture does/, text)).toMatch(/Basic, planned: not in this version yet/);
    expect(section(/Who receives data/, text)).toMatch(/In this version, nobody/);
    expect(section(/Who receives data/, text)).toContain('The shop (planned) |');
  });

  it('says what Chrome warns for the sites of this version only', () => {
    expect(section(/Permissions/, text)).toContain(
      '“Read and change your data on all shop.example sites”',
    );
  });

  it('drops the planned marks once the features ship', () => {
    const later = renderPolicyMarkdown(fixtureShipped());
    expect(later).not.toMatch(/\(planned\)|planned:|Not in this version|describes planned/);
    expect(later).toMatch(/Only these recipients receive data/);
    expect(later).not.toMatch(/Nothing it handles leaves your browser/);
    expect(later).toContain(
      '“Read and change your data on all cdn.example sites and all shop.example sites”',
    );
  });

  it('has the same sections, in order, whatever the declaration holds', () => {
    const ids = buildPolicyDocument(policy).sections.map((s) => s.id);
    expect(ids).toEqual([
      'summary',
      'controller',
      'features',
      'data',
      'retention',
      'recipients',
      'permissions',
      'rights',
      'required',
      'automated-decisions',
      'no-sale',
      'children',
      'do-not-track',
      'changes',
      'affiliation',
    ]);
    const withLinks = declared();
    withLinks.linkedSites = [{ origin: 'https://www.aliexpress.com', why: 'Item links' }];
    expect(buildPolicyDocument(withLinks).sections.map((s) => s.id)).toContain('links');
  });

  it('escapes Markdown in text but not in code spans, and pipes in tables', () => {
    const doc = {
      title: 'T',
      subtitle: 'S',
      sections: [
        {
          id: 'x',
          title: 'X',
          blocks: [paragraph('a *b* <i> `k*|`'), table(['h'], [['a|b `c|d`']])],
        },
      ],
    };
    expect(documentToMarkdown(doc)).toBe(
      '# T\n\nS\n\n## X\n\na \\*b\\* \\<i\\> `k*|`\n\n| h |\n| --- |\n| a\\|b `c\\|d` |\n',
    );
  });
});

describe('PRIVACY.md without any recipient', () => {
  it('says nobody receives data', () => {
    const p = declared();
    p.recipients = [];
    expect(renderPolicyMarkdown(p)).toContain(
      '## Who receives data\n\nNobody. AliKeep has no server of its own',
    );
  });
});
