/**
 * `npm run policy` regenerates PRIVACY.md and policy/generated/ from the declaration.
 * `npm run policy -- --check` changes nothing and exits 1, naming each stale file, when any of them
 * is out of date. `--root <dir>` checks or writes another checkout (the tests use a scratch copy).
 */
import { resolve } from 'node:path';
import { runPolicyCommand } from './command';

const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = rootAt >= 0 && args[rootAt + 1] ? resolve(args[rootAt + 1]!) : undefined;

runPolicyCommand(args, { root }).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
