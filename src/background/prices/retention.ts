/**
 * Price records older than the policy's retention are deleted whenever the worker starts and at
 * most once a day while it runs: no alarm needed, since the worker starts again on every visit.
 */
import { priceHistoryDays } from '../../../policy/features/price-history';
import { log } from '../../shared/log';
import type { PriceDb } from '../../prices/price-db';

const DAY_MS = 24 * 3600 * 1000;
let lastPrune = 0;

export async function pruneIfDue(db: PriceDb, now = Date.now()): Promise<void> {
  if (now - lastPrune < DAY_MS) return;
  lastPrune = now;
  try {
    await db.pruneOlderThan(priceHistoryDays * DAY_MS);
  } catch (error) {
    log.info(
      'Price history retention could not run:',
      error instanceof Error ? error.message : error,
    );
  }
}
