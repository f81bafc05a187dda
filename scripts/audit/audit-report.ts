/**
 * What `npm audit --omit=dev --json` said about the production dependencies: clean, vulnerable
 * (with one line per package), or that npm's advisory service could not be asked. Pure.
 */

export type AuditVerdict =
  | { kind: 'clean'; dependencies: number }
  | { kind: 'vulnerable'; total: number; lines: string[] }
  | { kind: 'unreachable'; reason: string };

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
const SEVERITIES = ['critical', 'high', 'moderate', 'low', 'info'] as const;

export function readAuditReport(text: string): AuditVerdict {
  let report: Json | undefined;
  try {
    report = obj(JSON.parse(text));
  } catch {
    return { kind: 'unreachable', reason: 'npm audit printed no JSON report' };
  }
  if (!report) return { kind: 'unreachable', reason: 'npm audit printed no JSON report' };
  const counts = obj(obj(report['metadata'])?.['vulnerabilities']);
  if (!counts) {
    const status =
      typeof report['statusCode'] === 'number' ? ` (HTTP ${report['statusCode']})` : '';
    const message =
      typeof report['message'] === 'string'
        ? report['message']
        : String(obj(report['error'])?.['summary'] ?? 'no vulnerability counts in the report');
    return { kind: 'unreachable', reason: `${message}${status}`.slice(0, 300) };
  }
  const total = SEVERITIES.reduce((t, s) => t + (Number(counts[s]) || 0), 0);
  if (total === 0) {
    const deps = obj(obj(report['metadata'])?.['dependencies']);
    return { kind: 'clean', dependencies: Number(deps?.['prod']) || 0 };
  }
  const lines = Object.entries(obj(report['vulnerabilities']) ?? {}).map(([name, raw]) => {
    const v = obj(raw) ?? {};
    const fix = v['fixAvailable'] ? 'a fix is available' : 'no fix yet';
    return `${name} ${String(v['range'] ?? '')}: ${String(v['severity'] ?? 'unknown')}, ${fix}`;
  });
  return { kind: 'vulnerable', total, lines };
}
