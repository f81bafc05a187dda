import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPolicyCommand } from './command';
import { generatedFiles, repoRoot } from './generated-files';
import { policy } from './policy';
import { declared } from './test-policies';

const GENERATED = [
  'PRIVACY.md',
  'policy/generated/chrome-web-store.json',
  'policy/generated/policy.json',
];

/** Runs the command on `root`, collecting what it prints. */
async function run(args: string[], root: string, p = policy) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runPolicyCommand(args, {
    root,
    policy: p,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

// Spawns processes and writes files: generous time on a busy 2-core machine.
describe('npm run policy', { timeout: 30_000 }, () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'alikeep-policy-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes every generated file, then finds them current', async () => {
    const first = await run([], root);
    expect(first.code).toBe(0);
    expect(first.out).toBe(`Wrote ${GENERATED.join(', ')} (policy ${policy.version}).`);
    const expected = await generatedFiles(policy, root);
    for (const file of expected) {
      expect(readFileSync(join(root, file.path), 'utf8')).toBe(file.content);
    }
    expect(await run(['--check'], root)).toMatchObject({ code: 0, err: '' });
    expect((await run([], root)).out).toBe('Policy files were already current.');
  });

  it('--check exits 1, changes nothing, and names only the stale files', async () => {
    await run([], root);
    writeFileSync(join(root, 'PRIVACY.md'), 'edited by hand\n');
    unlinkSync(join(root, 'policy/generated/chrome-web-store.json'));
    const check = await run(['--check'], root);
    expect(check.code).toBe(1);
    expect(check.err).toContain('  - PRIVACY.md');
    expect(check.err).toContain('  - policy/generated/chrome-web-store.json');
    expect(check.err).not.toContain('policy.json');
    expect(readFileSync(join(root, 'PRIVACY.md'), 'utf8')).toBe('edited by hand\n');
  });

  it('finds the files stale when the declaration changes', async () => {
    await run([], root);
    const changed = declared();
    changed.controller.contact = 'Write to privacy@example.org.';
    const check = await run(['--check'], root, changed);
    expect(check.code).toBe(1);
    expect(check.err).toMatch(/PRIVACY\.md[\s\S]*policy\/generated\/policy\.json/);
  });

  it('refuses to write anything from an invalid declaration', async () => {
    const broken = declared();
    broken.rights = [];
    const result = await run([], root, broken);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/problem\(s\):[\s\S]*right access: is missing/);
    expect(await run(['--check'], root)).toMatchObject({ code: 1 });
  });

  it('as a process: `--check` exits non-zero and names the stale file', () => {
    const tsx = join(repoRoot, 'node_modules/.bin/tsx');
    const cli = (...args: string[]) =>
      spawnSync(tsx, ['policy/cli.ts', ...args], { cwd: repoRoot, encoding: 'utf8' });
    expect(cli('--root', root).status).toBe(0);
    writeFileSync(join(root, 'policy/generated/policy.json'), '{}\n');
    const stale = cli('--check', '--root', root);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('  - policy/generated/policy.json');
    expect(stale.stderr).not.toContain('PRIVACY.md');
  }, 30_000);
});
