/**
 * Figure 8c: "download all" of 40 large images (about 30 MB) against the plainest way a page could
 * get the same bytes. (a) The user's path on the bench product: its item page, the picker's
 * default choice of the 40 images, "Download", until all 40 files are complete on disk. (b) In a
 * page of the same profile, Promise.all of fetch() for the same 40 URLs, reading every body to
 * its end. The store serves these images with no-store and the fetches ask for no-store too, so
 * both go to the server every time. (c) The floor for one browser download per file: the same URLs
 * handed to chrome.downloads.download from the extension's worker all at once (download-floor.ts).
 * The three take turns, round after round; the medians and their ratios are reported.
 */
import type { Profile } from './profiles';
import { atMost, figure, type Measured } from './figures';
import { downloadLoopOnce } from './download-floor';
import { saveOnce, type Saved } from './download-speed';
import { median, round } from './stats';

const MB = 1024 * 1024;
/** Any page of the store that is not an item page: the fetches run there. */
const FETCH_PAGE = 'https://www.aliexpress.com/';

async function fetchAllOnce(profile: Profile, urls: string[]): Promise<Saved> {
  const page = await profile.context.newPage();
  try {
    await page.goto(FETCH_PAGE, { waitUntil: 'load', timeout: 20_000 });
    const started = performance.now();
    const sizes = await page.evaluate(
      (list) =>
        Promise.all(
          list.map(async (url) => {
            const response = await fetch(url, { cache: 'no-store', credentials: 'omit' });
            if (!response.ok) throw new Error(`${url} answered ${response.status}`);
            return (await response.arrayBuffer()).byteLength;
          }),
        ),
      urls,
    );
    const ms = performance.now() - started;
    return { ms, bytes: sizes.reduce((a, b) => a + b, 0), files: sizes.length };
  } finally {
    await page.close().catch(() => undefined);
  }
}

export interface DownloadVsFetchOptions {
  itemUrl: string;
  imageUrls: string[];
  /** Bytes the 40 files hold together, to check both paths got all of them. */
  totalBytes: number;
  pairs: number;
  log: (line: string) => void;
}

export async function downloadVsFetchFigures(
  profile: Profile,
  { itemUrl, imageUrls, totalBytes, pairs, log }: DownloadVsFetchOptions,
): Promise<Measured[]> {
  const count = imageUrls.length;
  const saved: number[] = [];
  const fetched: number[] = [];
  const looped: number[] = [];
  const check = (what: string, r: Saved) => {
    if (r.files !== count || r.bytes !== totalBytes)
      throw new Error(
        `${what} got ${r.files} files of ${r.bytes} bytes, not ${count} of ${totalBytes}`,
      );
    return r.ms;
  };
  for (let i = 0; i < pairs; i++) {
    // Which goes first alternates, so neither always runs right after the other.
    const save = async () =>
      saved.push(check('the download', await saveOnce(profile, itemUrl, count)));
    const fetchAll = async () =>
      fetched.push(check('the fetch', await fetchAllOnce(profile, imageUrls)));
    const loop = async () =>
      looped.push(check('the download loop', await downloadLoopOnce(profile, imageUrls)));
    // Which goes first rotates, so none always runs right after another.
    const order = [save, fetchAll, loop];
    for (let k = 0; k < order.length; k++) await order[(i + k) % order.length]!();
    log(
      `  round ${i + 1}: download ${Math.round(saved[i]!)} ms, fetch ${Math.round(fetched[i]!)} ms, ` +
        `download loop ${Math.round(looped[i]!)} ms`,
    );
  }
  const a = median(saved);
  const b = median(fetched);
  const c = median(looped);
  const size = `${count} files, ${round(totalBytes / MB, 1)} MB`;
  return [
    figure(
      `Download all ${count} images, user path, median of ${pairs}`,
      round(a, 0),
      'ms',
      undefined,
      `${size}: item page, picker's default choice, "Download", until every file is complete on disk`,
    ),
    figure(
      `Plain parallel fetch of the same ${count} URLs, median of ${pairs}`,
      round(b, 0),
      'ms',
      undefined,
      'Promise.all(fetch) in a page of the same profile, every body read; no-store on both paths',
    ),
    figure(`Download all ${count} images ÷ plain fetch`, round(a / b, 2), '×', atMost(1.25)),
    figure(
      `chrome.downloads loop over the same ${count} URLs, median of ${pairs}`,
      round(c, 0),
      'ms',
      undefined,
      'the floor for one browser download per file: every URL handed to chrome.downloads.download ' +
        "from the extension's worker at once, no picker, queue, probe or naming, until complete on disk",
    ),
    figure(`chrome.downloads loop ÷ plain fetch`, round(c / b, 2), '×'),
    figure(`Download all ${count} images ÷ chrome.downloads loop`, round(a / c, 2), '×'),
    figure(
      `Download all ${count} images, throughput`,
      round(totalBytes / MB / (a / 1000), 1),
      'MB/s',
    ),
  ];
}
