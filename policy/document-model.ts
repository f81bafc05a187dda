/**
 * The published privacy policy as structured text, so PRIVACY.md and the in-extension policy page
 * render the same words. Text is plain; a span between backticks is code (a key, a match pattern).
 */

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][] };

export interface Section {
  /** Stable anchor, e.g. `data`, `rights`. */
  id: string;
  title: string;
  blocks: Block[];
  subsections?: Section[];
}

export interface PolicyDocument {
  title: string;
  /** Version and effective date line. */
  subtitle: string;
  sections: Section[];
}

export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
export const list = (items: string[]): Block => ({ kind: 'list', items });
export const table = (head: string[], rows: string[][]): Block => ({ kind: 'table', head, rows });
