/**
 * The privacy policy as page elements: the same document PRIVACY.md renders (policy/document.ts),
 * built with elements and text nodes only. Spans between backticks are code.
 */
import type { Block, PolicyDocument, Section } from '../../policy/document-model';

export function InlineText({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/(`[^`]*`)/)
        .map((part, i) => (i % 2 === 1 ? <code>{part.slice(1, -1)}</code> : part))}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p>
          <InlineText text={block.text} />
        </p>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item) => (
            <li>
              <InlineText text={item} />
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                {block.head.map((cell) => (
                  <th scope="col">{cell}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row) => (
                <tr>
                  {row.map((cell) => (
                    <td>
                      <InlineText text={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

function SectionView({ section, depth }: { section: Section; depth: 2 | 3 | 4 }) {
  const Heading = `h${depth}` as 'h2' | 'h3' | 'h4';
  return (
    <section id={`policy-${section.id}`}>
      <Heading>
        <InlineText text={section.title} />
      </Heading>
      {section.blocks.map((block) => (
        <BlockView block={block} />
      ))}
      {section.subsections?.map((sub) => (
        <SectionView section={sub} depth={depth === 2 ? 3 : 4} />
      ))}
    </section>
  );
}

/** The whole document; `headingLevel` 1 for a page of its own, 2 inside another page. */
export function PolicyDocumentView({
  document: doc,
  headingLevel = 1,
}: {
  document: PolicyDocument;
  headingLevel?: 1 | 2;
}) {
  const Title = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <article class="policy-document" data-testid="alikeep-policy-document">
      <Title>{doc.title}</Title>
      <p class="muted">{doc.subtitle}</p>
      {doc.sections.map((section) => (
        <SectionView section={section} depth={headingLevel === 1 ? 2 : 3} />
      ))}
    </article>
  );
}
