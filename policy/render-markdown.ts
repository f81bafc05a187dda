/** PRIVACY.md: the policy document as GitHub-flavoured Markdown. */
import { buildPolicyDocument } from './document';
import type { Block, PolicyDocument, Section } from './document-model';
import type { Policy } from './schema';

/** Escapes Markdown outside `code` spans; inside tables also the cell separator. */
function inline(text: string, inTable = false): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => {
      if (i % 2 === 1) return inTable ? part.replace(/\|/g, '\\|') : part;
      const escaped = part.replace(/([\\*_[\]<>#])/g, '\\$1');
      return inTable ? escaped.replace(/\|/g, '\\|') : escaped;
    })
    .join('');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return inline(b.text);
    case 'list':
      return b.items.map((item) => `- ${inline(item)}`).join('\n');
    case 'table': {
      const row = (cells: string[]) => `| ${cells.map((c) => inline(c, true)).join(' | ')} |`;
      return [row(b.head), row(b.head.map(() => '---')), ...b.rows.map(row)].join('\n');
    }
  }
}

function section(s: Section, depth: number): string[] {
  return [
    `${'#'.repeat(depth)} ${inline(s.title)}`,
    ...s.blocks.map(block),
    ...(s.subsections ?? []).flatMap((sub) => section(sub, depth + 1)),
  ];
}

export function documentToMarkdown(doc: PolicyDocument): string {
  const parts = [
    `# ${inline(doc.title)}`,
    inline(doc.subtitle),
    ...doc.sections.flatMap((s) => section(s, 2)),
  ];
  return `${parts.join('\n\n')}\n`;
}

export function renderPolicyMarkdown(policy: Policy): string {
  return documentToMarkdown(buildPolicyDocument(policy));
}
