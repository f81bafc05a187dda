/**
 * One measured figure as results.json stores it, and how a figure is judged against its target.
 * The JSON keeps exactly { name, value, unit, target, pass }; how the target compares (at most,
 * below, exactly) lives here so the table can say "≤ 15 ms".
 */

export interface Figure {
  name: string;
  /** null when the figure could not be measured in this run (see the printed notes). */
  value: number | null;
  unit: string;
  target: number | null;
  pass: boolean | null;
}

export type Comparison = 'at-most' | 'below' | 'equal' | 'at-least';

export interface Measured extends Figure {
  compare: Comparison | null;
  /** Printed under the table, never written to results.json. */
  note?: string;
}

const SYMBOL: Record<Comparison, string> = {
  'at-most': '≤',
  below: '<',
  equal: '=',
  'at-least': '≥',
};

function judge(value: number, compare: Comparison, target: number): boolean {
  switch (compare) {
    case 'at-most':
      return value <= target;
    case 'below':
      return value < target;
    case 'equal':
      return value === target;
    case 'at-least':
      return value >= target;
  }
}

export interface Goal {
  compare: Comparison;
  target: number;
}

export const atMost = (target: number): Goal => ({ compare: 'at-most', target });
export const below = (target: number): Goal => ({ compare: 'below', target });
export const exactly = (target: number): Goal => ({ compare: 'equal', target });

/** A figure; without a goal its target and pass are null (reported, not judged). */
export function figure(
  name: string,
  value: number | null,
  unit: string,
  goal?: Goal,
  note?: string,
): Measured {
  const target = goal?.target ?? null;
  const pass = goal && value !== null ? judge(value, goal.compare, goal.target) : null;
  return {
    name,
    value,
    unit,
    target,
    pass,
    compare: goal?.compare ?? null,
    ...(note ? { note } : {}),
  };
}

export function targetText(f: Measured): string {
  return f.compare && f.target !== null ? `${SYMBOL[f.compare]} ${f.target} ${f.unit}` : '—';
}

export const toJson = (f: Measured): Figure => ({
  name: f.name,
  value: f.value,
  unit: f.unit,
  target: f.target,
  pass: f.pass,
});
