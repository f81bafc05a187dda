/**
 * What `npm run policy` does, as a function the tests can call on a scratch directory: validate
 * the declaration, then write the generated files that changed, or with `--check` only name them.
 */
import { generatedFiles, repoRoot, staleFiles, writeFiles } from './generated-files';
import { policy as declared } from './policy';
import type { Policy } from './schema';
import { validatePolicy } from './validate';

export interface CommandOptions {
  /** The checkout whose files are checked or written. */
  root?: string;
  policy?: Policy;
  out?: (line: string) => void;
  err?: (line: string) => void;
}

/** Returns the process exit code: 0 when all is current (or was written), 1 otherwise. */
export async function runPolicyCommand(
  args: string[],
  options: CommandOptions = {},
): Promise<number> {
  const {
    root = repoRoot,
    policy = declared,
    out = (line) => console.log(line),
    err = (line) => console.error(line),
  } = options;
  const problems = validatePolicy(policy);
  if (problems.length > 0) {
    err(`The policy declaration has ${problems.length} problem(s):`);
    for (const p of problems) err(`  - ${p}`);
    return 1;
  }
  const files = await generatedFiles(policy, root);
  const stale = await staleFiles(files, root);
  if (args.includes('--check')) {
    if (stale.length === 0) {
      out(`Policy files are current (policy ${policy.version}).`);
      return 0;
    }
    err('These files no longer match the policy declaration in policy/:');
    for (const path of stale) err(`  - ${path}`);
    err('Run `npm run policy` and commit the result.');
    return 1;
  }
  await writeFiles(
    files.filter((f) => stale.includes(f.path)),
    root,
  );
  out(
    stale.length === 0
      ? 'Policy files were already current.'
      : `Wrote ${stale.join(', ')} (policy ${policy.version}).`,
  );
  return 0;
}
