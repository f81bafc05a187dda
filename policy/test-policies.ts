/** Policies for tests: the real declaration, copies to mutate, and the day every feature ships. */
import { assemblePolicy } from './assemble';
import { featureDeclarations, policy, policyBase } from './policy';
import type { FeatureDeclaration, Policy } from './schema';

/** A deep copy of the real declaration, safe to change. */
export const declared = (): Policy => structuredClone(policy);

/** The declaration as it will be once every planned feature has shipped. */
export function everythingShipped(): Policy {
  return assemblePolicy(
    structuredClone(policyBase),
    structuredClone(featureDeclarations).map((d) => ({
      ...d,
      feature: { ...d.feature, status: 'shipped' as const },
    })),
  );
}

/** The real declarations with `change` applied to a copy of the one with `id`. */
export function withDeclaration(
  id: string,
  change: (d: FeatureDeclaration) => void,
): FeatureDeclaration[] {
  const copies = structuredClone(featureDeclarations);
  const target = copies.find((d) => d.feature.id === id);
  if (!target) throw new Error(`no feature ${id}`);
  change(target);
  return copies;
}

/** `find` that fails the test instead of returning undefined. */
export function must<T>(value: T | undefined, what = 'value'): T {
  if (value === undefined) throw new Error(`missing ${what}`);
  return value;
}
