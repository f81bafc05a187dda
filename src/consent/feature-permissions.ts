/**
 * Which optional permissions go with which opt-in features. Switching a feature on asks, in the same
 * click, for those Chrome grants without a prompt; a permission that makes Chrome ask (notifications)
 * is asked for by the feature when it first needs it, so the prompt comes in context. Switching a
 * feature off gives back what no other feature still on uses. Pure.
 */
import type { Policy } from '../../policy/schema';
import { shippedView } from '../../policy/shipped';

const optionalUsedBy = (policy: Policy, featureIds: readonly string[]) =>
  shippedView(policy).permissions.filter(
    (p) => p.kind === 'optional' && p.features.some((f) => featureIds.includes(f)),
  );

/** Optional permissions the features use that Chrome grants without asking the user. */
export function silentPermissions(policy: Policy, featureIds: readonly string[]): string[] {
  return optionalUsedBy(policy, featureIds)
    .filter((p) => p.installWarning === null)
    .map((p) => p.name);
}

/** Optional permissions of the features switched off that no feature still on uses. */
export function releasablePermissions(
  policy: Policy,
  switchedOff: readonly string[],
  stillOn: readonly string[],
): string[] {
  const kept = new Set(optionalUsedBy(policy, stillOn).map((p) => p.name));
  return optionalUsedBy(policy, switchedOff)
    .map((p) => p.name)
    .filter((name) => !kept.has(name));
}
