/**
 * The declaration as this version of AliKeep really is: planned features, and whatever only they
 * use, left out. The built manifest, the store's permission answers, Firefox's data categories and
 * the drift tests read this view; the published policy reads the whole declaration and marks what
 * is planned.
 */
import type { Feature, Policy } from './schema';

export const isPlanned = (feature: Feature) => feature.status === 'planned';

/** Whether everything in `featureIds` is planned (an element used by no shipped feature). */
export function onlyPlanned(policy: Policy, featureIds: readonly string[]): boolean {
  const planned = new Set(policy.features.filter(isPlanned).map((f) => f.id));
  return featureIds.length > 0 && featureIds.every((id) => planned.has(id));
}

/** Names of the planned features among `featureIds`, for messages. */
export function plannedNames(policy: Policy, featureIds: readonly string[]): string[] {
  return policy.features.filter((f) => isPlanned(f) && featureIds.includes(f.id)).map((f) => f.id);
}

export function shippedView(policy: Policy): Policy {
  const shipped = new Set(policy.features.filter((f) => !isPlanned(f)).map((f) => f.id));
  const keep = <T extends { features: string[] }>(items: T[]): T[] =>
    items
      .map((item) => ({ ...item, features: item.features.filter((f) => shipped.has(f)) }))
      .filter((item) => item.features.length > 0);
  const recipients = keep(policy.recipients);
  const recipientIds = new Set(recipients.map((r) => r.id));
  return {
    ...policy,
    features: policy.features.filter((f) => shipped.has(f.id)),
    permissions: keep(policy.permissions),
    hostAccess: keep(policy.hostAccess),
    dataItems: keep(policy.dataItems).map((d) => ({
      ...d,
      sentTo: d.sentTo.filter((r) => recipientIds.has(r)),
    })),
    recipients,
  };
}
