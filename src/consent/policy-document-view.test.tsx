import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { buildPolicyDocument } from '../../policy/document';
import { policy } from '../../policy/policy';
import { PolicyDocumentView } from './policy-document-view';

function rendered() {
  const { document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  const previous = globalThis.document;
  globalThis.document = document as unknown as Document;
  try {
    const root = document.getElementById('app')!;
    render(<PolicyDocumentView document={buildPolicyDocument(policy)} />, root as never);
    return root;
  } finally {
    globalThis.document = previous;
  }
}

describe('the in-extension policy page', () => {
  const root = rendered();
  const doc = buildPolicyDocument(policy);

  it('shows every section of the published policy, in order', () => {
    const titles = [...root.querySelectorAll('h2')].map((h) => h.textContent);
    expect(titles).toEqual(doc.sections.map((s) => s.title));
    expect(root.querySelector('h1')?.textContent).toBe(doc.title);
    for (const item of policy.dataItems) {
      expect(root.querySelector(`#policy-data-${item.id}`)).not.toBeNull();
    }
  });

  it('shows code spans as code, and markup in the text as text', () => {
    const codes = [...root.querySelectorAll('code')].map((c) => c.textContent);
    expect(codes).toContain('storage');
    expect(root.textContent).not.toContain('`');
    expect(root.querySelectorAll('script, img, iframe')).toHaveLength(0);
  });
});
