/**
 * Tells whoever listens (sync) that the user set or removed a watch here. Listeners are added at the
 * worker's start (src/background/index.ts), so every worker life has them.
 */
export interface WatchChange {
  itemId: string;
  /** Epoch ms of a removal; null when a watch was set. */
  removedAt: number | null;
}

type Listener = (change: WatchChange) => void;

const listeners = new Set<Listener>();

export function onWatchChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function watchChanged(change: WatchChange): void {
  for (const listener of listeners) listener(change);
}
