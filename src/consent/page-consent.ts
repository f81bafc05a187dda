/**
 * Whether price history may record, read by the item page's first script from the stored consent
 * record without the schema library, so that a shopper who never opted in costs the page no message
 * to the worker. The worker stays the authority (it checks again before recording); this must agree
 * with loadConsent() + isFeatureOn() on every input (page-consent.test.ts).
 */
const FEATURE = 'price-history';

export function priceHistoryOn(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const stored = raw as Record<string, unknown>;
  const features = stored.features;
  if (typeof features !== 'object' || features === null || Array.isArray(features)) return false;
  if ((features as Record<string, unknown>)[FEATURE] !== true) return false;
  // A paused list that does not read pauses everything, as loadConsent() has it.
  const paused = stored.paused ?? [];
  return Array.isArray(paused) && !paused.includes(FEATURE);
}
