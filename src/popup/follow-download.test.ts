import { describe, expect, it } from 'vitest';
import type { DownloadProgress } from '../background/downloads/job';
import type { Reply } from '../shared/reply';
import { followDownload, type Followed } from './follow-download';

const progress = (state: DownloadProgress['state'], done: number): DownloadProgress => ({
  jobId: 'job-123456',
  productId: '1005001000000101',
  state,
  total: 4,
  done,
  bytes: done * 1000,
  archive: false,
  failed: [],
});

/** Runs a follow over scripted answers and collects what the popup would be told. */
async function follow(answers: Reply<DownloadProgress | null>[]) {
  const seen: Followed[] = [];
  let asked = 0;
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  followDownload(
    async () => answers[asked++]!,
    (update) => {
      seen.push(update);
      if ('lost' in update || update.progress.state !== 'running') finish();
    },
    async () => undefined,
  );
  await finished;
  return { seen, asked };
}

describe('following a download from the popup', () => {
  it('asks until the job ends, and stops there', async () => {
    const { seen, asked } = await follow([
      { ok: true, value: progress('running', 1) },
      { ok: true, value: progress('running', 3) },
      { ok: true, value: progress('done', 4) },
      { ok: true, value: progress('done', 4) },
    ]);
    expect(seen.map((s) => ('progress' in s ? s.progress.done : 'lost'))).toEqual([1, 3, 4]);
    expect(asked).toBe(3);
  });

  it('says the job is lost when the worker forgot it or cannot answer', async () => {
    expect((await follow([{ ok: true, value: null }])).seen).toEqual([{ lost: true }]);
    const unreachable = await follow([
      { ok: true, value: progress('running', 0) },
      { ok: false, error: { code: 'unreachable', message: 'No answer.' } },
    ]);
    expect(unreachable.seen.at(-1)).toEqual({ lost: true });
  });

  it('stops asking once stopped', async () => {
    let asked = 0;
    let release!: () => void;
    const stop = followDownload(
      async () => {
        asked++;
        return { ok: true, value: progress('running', 0) };
      },
      () => undefined,
      () => new Promise<void>((resolve) => (release = resolve)),
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    stop();
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked).toBe(1);
  });
});
