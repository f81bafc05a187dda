/**
 * Follows a download the popup started until it ends. The worker reports progress to the item
 * page's tab only (tabs.sendMessage), never to the popup, so the popup asks for it while it is open.
 */
import type { DownloadProgress } from '../background/downloads/job';
import type { Reply } from '../shared/reply';

/** How often the popup asks: quick enough to count files, rare enough to cost the worker nothing. */
export const FOLLOW_INTERVAL_MS = 400;

/** What the popup learns: the job's progress, or that it cannot say any more (job gone, no worker). */
export type Followed = { progress: DownloadProgress } | { lost: true };

/**
 * Asks `ask` until the job is no longer running, handing each answer to `onUpdate`. Returns a stop
 * function (the popup closes, or its component goes away).
 */
export function followDownload(
  ask: () => Promise<Reply<DownloadProgress | null>>,
  onUpdate: (update: Followed) => void,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((done) => setTimeout(done, ms)),
): () => void {
  let stopped = false;
  void (async () => {
    while (!stopped) {
      const reply = await ask();
      if (stopped) return;
      if (!reply.ok || !reply.value) return onUpdate({ lost: true });
      onUpdate({ progress: reply.value });
      if (reply.value.state !== 'running') return;
      await wait(FOLLOW_INTERVAL_MS);
    }
  })();
  return () => {
    stopped = true;
  };
}
