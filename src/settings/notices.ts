/**
 * Notices for the user about their stored data that no page was open to show when it happened:
 * settings repaired or written by a newer version, storage full. Kept under storage.local
 * `notices` until the user dismisses them in the options page; one per kind, the latest wins.
 * Writing a notice never fails its caller: with storage full, it may not be saved at all, and the
 * failed write's own error message still reaches the page that asked.
 */
import * as v from 'valibot';
import { storageKeys } from '../shared/storage-keys';
import type { KeyValueArea } from './settings-writer';

export const noticeKinds = ['settings-repaired', 'settings-from-future', 'storage-full'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

const noticeSchema = v.object({
  kind: v.picklist(noticeKinds),
  /** Epoch ms. */
  at: v.number(),
  /** Settings fields returned to their defaults. */
  fields: v.optional(v.array(v.pipe(v.string(), v.maxLength(100))), []),
  /** Price series deleted to make room. */
  pruned: v.optional(v.number(), 0),
  /** Whether the write that ran out of room was saved after making room. */
  saved: v.optional(v.boolean(), false),
});

export type Notice = v.InferOutput<typeof noticeSchema>;
export type NewNotice = v.InferInput<typeof noticeSchema>;

/** Whatever is stored (nothing, damage) as a list of valid notices. */
export function parseNotices(raw: unknown): Notice[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const parsed = v.safeParse(noticeSchema, item);
    return parsed.success ? [parsed.output] : [];
  });
}

async function readNotices(area: KeyValueArea): Promise<Notice[]> {
  return parseNotices((await area.get(storageKeys.notices))[storageKeys.notices]);
}

export async function addNotice(area: KeyValueArea, notice: NewNotice): Promise<void> {
  try {
    const next = v.parse(noticeSchema, notice);
    const kept = (await readNotices(area)).filter((n) => n.kind !== next.kind);
    await area.set({ [storageKeys.notices]: [...kept, next] });
  } catch {
    // Storage is full or gone: the caller already reports its own failure.
  }
}

export async function dismissNotice(area: KeyValueArea, kind: NoticeKind): Promise<void> {
  const kept = (await readNotices(area)).filter((n) => n.kind !== kind);
  await area.set({ [storageKeys.notices]: kept });
}
