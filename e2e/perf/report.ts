/** The printed table, its notes, the machine it ran on, and results.json. */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { targetText, toJson, type Measured } from './figures';

export function machine(chromiumPath: string | null): string {
  const cpu =
    /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ??
    cpus()[0]?.model ??
    'unknown CPU';
  let chromium = 'Chromium (version unknown)';
  try {
    if (chromiumPath)
      chromium =
        /Chromium [\d.]+/.exec(
          execFileSync(chromiumPath, ['--version'], {
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
          }),
        )?.[0] ?? chromium;
  } catch {
    // keep "unknown": the run itself will say if Chromium is missing
  }
  return `${cpus().length} cores (nproc), ${cpu}, ${chromium}, Node ${process.version}`;
}

const PASS = (p: boolean | null) => (p === null ? '' : p ? 'pass' : 'MISS');

function value(f: Measured): string {
  return f.value === null ? 'n/a' : `${f.value} ${f.unit}`;
}

export function printTable(figures: Measured[], print: (line: string) => void): void {
  const rows = figures.map((f) => [f.name, value(f), targetText(f), PASS(f.pass)]);
  const head = ['Figure', 'Value', 'Target', 'Pass'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  print(line(head));
  print(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) print(line(r));
  const notes = figures.filter((f) => f.note);
  if (notes.length) {
    print('');
    print('Notes:');
    for (const f of notes) print(`- ${f.name}: ${f.note}`);
  }
}

export function writeResults(path: string, figures: Measured[]): void {
  writeFileSync(path, `${JSON.stringify(figures.map(toJson), null, 2)}\n`);
}
