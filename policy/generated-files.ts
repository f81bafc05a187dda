/**
 * Every file rendered from the declaration, formatted the way `prettier --check` expects, and the
 * comparison with what is on disk. The CLI and the "generated files are current" test share this.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { renderPolicyMarkdown } from './render-markdown';
import { renderStoreAnswers } from './render-store-answers';
import { renderReadmeSummary, spliceSummary } from './render-readme-summary';
import type { Policy } from './schema';

export interface GeneratedFile {
  /** Relative to the repository root, with forward slashes. */
  path: string;
  content: string;
}

/** The repository root (this file lives in <root>/policy/). */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Unformatted renderings; pure. */
export function renderFiles(policy: Policy): GeneratedFile[] {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return [
    { path: 'PRIVACY.md', content: renderPolicyMarkdown(policy) },
    { path: 'policy/generated/chrome-web-store.json', content: json(renderStoreAnswers(policy)) },
    // The whole declaration as data: the base for classifyChange against a released version
    // (`git show v1.2.0:policy/generated/policy.json`) and for anything outside TypeScript.
    { path: 'policy/generated/policy.json', content: json(policy) },
  ];
}

/** Renderings formatted with the repository's Prettier settings (wherever they will be written). */
export async function generatedFiles(policy: Policy, root = repoRoot): Promise<GeneratedFile[]> {
  const whole = await Promise.all(
    renderFiles(policy).map(async (file) => {
      const filepath = join(repoRoot, file.path);
      const options = (await resolveConfig(filepath)) ?? {};
      return { path: file.path, content: await format(file.content, { ...options, filepath }) };
    }),
  );
  // README.md is written by hand except its privacy summary, which is spliced in.
  const readmePath = join(root, 'README.md');
  const readme = await readOrNull(readmePath);
  if (readme === null) return whole;
  const options = (await resolveConfig(readmePath)) ?? {};
  const content = await format(spliceSummary(readme, renderReadmeSummary(policy)), {
    ...options,
    filepath: readmePath,
  });
  return [...whole, { path: 'README.md', content }];
}

async function readOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

/** Paths whose content on disk differs from `files` (missing files included). */
export async function staleFiles(files: GeneratedFile[], root = repoRoot): Promise<string[]> {
  const stale: string[] = [];
  for (const file of files) {
    if ((await readOrNull(join(root, file.path))) !== file.content) stale.push(file.path);
  }
  return stale;
}

export async function writeFiles(files: GeneratedFile[], root = repoRoot): Promise<void> {
  for (const file of files) {
    const target = join(root, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
}
