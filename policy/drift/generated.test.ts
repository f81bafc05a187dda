/** Drift: PRIVACY.md and policy/generated/ are what the declaration renders today. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles, staleFiles, writeFiles } from '../generated-files';
import { policy } from '../policy';
import { validatePolicy } from '../validate';

describe('generated policy files', () => {
  it('the declaration is valid', () => {
    expect(validatePolicy(policy)).toEqual([]);
  });

  // Generating formats every file with Prettier: seconds on a busy 2-core machine.
  it('are current (run `npm run policy` after changing policy/)', { timeout: 30_000 }, async () => {
    expect(await staleFiles(await generatedFiles(policy))).toEqual([]);
  });

  it('the check names a file that no longer matches', async () => {
    const root = mkdtempSync(join(tmpdir(), 'alikeep-stale-'));
    try {
      const files = await generatedFiles(policy);
      await writeFiles(files, root);
      expect(await staleFiles(files, root)).toEqual([]);
      writeFileSync(join(root, 'PRIVACY.md'), '# An older policy\n');
      expect(await staleFiles(files, root)).toEqual(['PRIVACY.md']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
