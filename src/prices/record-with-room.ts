/**
 * Recording a price when storage may be full: a quota error prunes the oldest history
 * (price-db-maintenance.ts pruneOldest) and the write is tried once more.
 */
import { withRoom, type RoomOutcome } from '../shared/storage-full';
import type { PriceDb, PriceObservationWithItem, RecordPriceResult } from './price-db';

/** The part of the least recently seen items whose history goes when storage is full. */
export const PRUNE_SHARE_WHEN_FULL = 0.25;

export function recordWithRoom(
  db: Pick<PriceDb, 'recordPrice' | 'pruneOldest'>,
  obs: PriceObservationWithItem,
): Promise<RoomOutcome<RecordPriceResult>> {
  return withRoom(
    () => db.recordPrice(obs),
    () => db.pruneOldest(PRUNE_SHARE_WHEN_FULL),
  );
}
