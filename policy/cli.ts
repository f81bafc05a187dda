/**
 * `npm run policy` regenerates PRIVACY.md and policy/generated/ from the declaration.
 * `npm run policy -- --check` changes nothing and exits 1 when any of them is out of date.
 */
import { generatedFiles, staleFiles, writeFiles } from './generated-files';
import { policy } from './policy';
import { validatePolicy } from './validate';

async function main(args: string[]): Promise<number> {
  const problems = validatePolicy(policy);
  if (problems.length > 0) {
    console.error(`The policy declaration has ${problems.length} problem(s):`);
    for (const p of problems) console.error(`  - ${p}`);
    return 1;
  }
  const files = await generatedFiles(policy);
  const stale = await staleFiles(files);
  if (args.includes('--check')) {
    if (stale.length === 0) {
      console.log(`Policy files are current (policy ${policy.version}).`);
      return 0;
    }
    console.error('These files no longer match the policy declaration in policy/:');
    for (const path of stale) console.error(`  - ${path}`);
    console.error('Run `npm run policy` and commit the result.');
    return 1;
  }
  await writeFiles(files.filter((f) => stale.includes(f.path)));
  console.log(
    stale.length === 0
      ? 'Policy files were already current.'
      : `Wrote ${stale.join(', ')} (policy ${policy.version}).`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
