/**
 * npm run lint:firefox: writes the release packages (see scripts/release.ts) and checks the Firefox
 * one with Mozilla's addons-linter, as addons.mozilla.org does on upload. Exit code 1 on any error
 * or warning; notices are printed and allowed.
 */
import { relative } from 'node:path';
import linter from 'addons-linter';
import { lintVerdict } from './packaging/lint-report';
import { writePackages } from './packaging/write-packages';

try {
  const { firefox } = await writePackages({ root: process.cwd() });
  console.log(`Linting ${relative(process.cwd(), firefox)}`);
  const result = await linter
    .createInstance({
      config: {
        _: [firefox],
        logLevel: 'fatal',
        stack: false,
        pretty: false,
        warningsAsErrors: false,
        metadata: false,
        output: 'none',
        boring: true,
        selfHosted: false,
      },
      runAsBinary: false,
    })
    .run();
  const verdict = lintVerdict(result);
  for (const line of verdict.lines) console.log(line);
  if (!verdict.pass) process.exitCode = 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
