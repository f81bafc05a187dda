import { describe, expect, it } from 'vitest';
import { readAuditReport } from './audit-report';

const counts = (c: Partial<Record<string, number>>) => ({
  info: 0,
  low: 0,
  moderate: 0,
  high: 0,
  critical: 0,
  ...c,
});

describe('readAuditReport', () => {
  it('passes a report without vulnerabilities', () => {
    const text = JSON.stringify({
      auditReportVersion: 2,
      vulnerabilities: {},
      metadata: { vulnerabilities: counts({}), dependencies: { prod: 6, dev: 400 } },
    });
    expect(readAuditReport(text)).toEqual({ kind: 'clean', dependencies: 6 });
  });

  it('lists each vulnerable package with its severity and whether a fix exists', () => {
    const text = JSON.stringify({
      auditReportVersion: 2,
      vulnerabilities: {
        preact: { severity: 'high', range: '<10.5.0', fixAvailable: true },
        idb: { severity: 'low', range: '*', fixAvailable: false },
      },
      metadata: { vulnerabilities: counts({ high: 1, low: 1 }) },
    });
    expect(readAuditReport(text)).toEqual({
      kind: 'vulnerable',
      total: 2,
      lines: ['preact <10.5.0: high, a fix is available', 'idb *: low, no fix yet'],
    });
  });

  it('says the service was unreachable when the registry refuses the audit request', () => {
    const text = JSON.stringify({
      message:
        '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      error: { summary: '', detail: '' },
    });
    const verdict = readAuditReport(text);
    expect(verdict.kind).toBe('unreachable');
    expect(verdict.kind === 'unreachable' && verdict.reason).toContain('HTTP 405');
  });

  it('never mistakes garbage for a clean report', () => {
    expect(readAuditReport('').kind).toBe('unreachable');
    expect(readAuditReport('[]').kind).toBe('unreachable');
    expect(readAuditReport('{"metadata":{}}').kind).toBe('unreachable');
  });
});
