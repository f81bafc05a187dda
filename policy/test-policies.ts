/**
 * Policies for tests. The rules (validation, assembly, shipped view, change classification,
 * rendering, drift) are tested on a small synthetic declaration (test-fixture.ts) whose statuses a
 * test chooses; so shipping a real feature never breaks a test of a rule. Tests of the real
 * declaration assert only what must stay true whatever ships.
 */
import { assemblePolicy } from './assemble';
import { featureDeclarations, policy, policyBase } from './policy';
import type { FeatureDeclaration, FeatureStatus, Policy } from './schema';
import { fixtureBase, fixtureFeatures } from './test-fixture';

export { cdnPages, fixtureBase, shopPages } from './test-fixture';

/** A deep copy of the real declaration, safe to change. */
export const declared = (): Policy => structuredClone(policy);

/** The real declaration as it will be once every planned feature has shipped. */
export function everythingShipped(): Policy {
  return assemblePolicy(
    structuredClone(policyBase),
    structuredClone(featureDeclarations).map((d) => ({
      ...d,
      feature: { ...d.feature, status: 'shipped' as const },
    })),
  );
}

/** `find` that fails the test instead of returning undefined. */
export function must<T>(value: T | undefined, what = 'value'): T {
  if (value === undefined) throw new Error(`missing ${what}`);
  return value;
}

export type FixtureStatuses = Partial<Record<string, FeatureStatus>>;

/** The fixture's declarations (a fresh copy), with `statuses` overriding each feature's status. */
export function fixtureDeclarations(statuses: FixtureStatuses = {}): FeatureDeclaration[] {
  return structuredClone(fixtureFeatures).map((d) => ({
    ...d,
    feature: { ...d.feature, status: statuses[d.feature.id] ?? d.feature.status },
  }));
}

/** The fixture assembled: `panel` and `prefs` shipped, the rest planned unless `statuses` says so. */
export function fixture(statuses: FixtureStatuses = {}): Policy {
  return assemblePolicy(structuredClone(fixtureBase), fixtureDeclarations(statuses));
}

/** The fixture with every feature shipped. */
export function fixtureShipped(): Policy {
  return fixture(Object.fromEntries(fixtureFeatures.map((d) => [d.feature.id, 'shipped'])));
}

/** The fixture's declarations with `change` applied to the one with `id`. */
export function withFixtureDeclaration(
  id: string,
  change: (d: FeatureDeclaration) => void,
  statuses: FixtureStatuses = {},
): FeatureDeclaration[] {
  const copies = fixtureDeclarations(statuses);
  change(
    must(
      copies.find((d) => d.feature.id === id),
      `feature ${id}`,
    ),
  );
  return copies;
}
