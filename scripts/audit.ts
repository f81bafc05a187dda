/**
 * npm run audit:prod: `npm audit --omit=dev` on the packages that ship inside the extension.
 * Exit 1 when npm reports a vulnerability. When npm's advisory service cannot be asked (a registry
 * mirror without the audit endpoint, no network), it says so plainly and exits 0, or 1 with
 * AUDIT_REQUIRED=1: a missing answer is never printed as a clean one.
 */
import { spawnSync } from 'node:child_process';
import { readAuditReport } from './audit/audit-report';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
  encoding: 'utf8',
  shell: process.platform === 'win32',
  timeout: 120_000,
});
const verdict = readAuditReport(run.stdout ?? '');
switch (verdict.kind) {
  case 'clean':
    console.log(
      `npm audit: no known vulnerability in the ${verdict.dependencies} production packages.`,
    );
    process.exit(0);
    break;
  case 'vulnerable':
    console.error(`npm audit: ${verdict.total} known vulnerabilities in production packages:`);
    for (const line of verdict.lines) console.error(`  ${line}`);
    process.exit(1);
    break;
  case 'unreachable':
    console.warn(
      `npm audit: NOT CHECKED: the advisory service could not be asked: ${verdict.reason}`,
    );
    process.exit(process.env.AUDIT_REQUIRED === '1' ? 1 : 0);
}
