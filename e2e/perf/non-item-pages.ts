/**
 * Figure 2: AliKeep runs nothing on pages that are not item pages. For each page, CDP reports
 * every execution context created in the tab (an isolated world for a content script has the
 * origin chrome-extension://<id>) and every script parsed (a MAIN-world script keeps its
 * chrome-extension:// URL). An item page is checked the same way first: if nothing is found there,
 * the detection is broken and the figure is refused rather than reported as 0.
 */
import { exactly, figure, type Measured } from './figures';
import type { Profile } from './profiles';
import { sleep } from './stats';

/** After load, content scripts at document_idle have had their chance by now. */
const AFTER_LOAD_MS = 500;

async function extensionTraces(profile: Profile, url: string): Promise<string[]> {
  const origin = `chrome-extension://${profile.extensionId}`;
  const page = await profile.context.newPage();
  try {
    const cdp = await profile.context.newCDPSession(page);
    const found: string[] = [];
    cdp.on(
      'Runtime.executionContextCreated',
      (e: { context: { origin: string; name: string } }) => {
        if (e.context.origin.startsWith(origin))
          found.push(`context ${e.context.name || e.context.origin}`);
      },
    );
    cdp.on('Debugger.scriptParsed', (e: { url: string }) => {
      if (e.url.startsWith(origin)) found.push(`script ${e.url.slice(origin.length)}`);
    });
    await cdp.send('Runtime.enable');
    await cdp.send('Debugger.enable');
    await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    await sleep(AFTER_LOAD_MS);
    return found;
  } finally {
    await page.close().catch(() => undefined);
  }
}

export async function nonItemPageFigures(
  profile: Profile,
  control: string,
  aliexpressPages: string[],
  otherSites: string[],
): Promise<Measured[]> {
  const onItemPage = await extensionTraces(profile, control);
  if (!onItemPage.some((f) => f.startsWith('context')))
    throw new Error(`no extension context found on the item page ${control}: detection is broken`);
  const check = async (urls: string[]) => {
    const hits: string[] = [];
    for (const url of urls)
      hits.push(...(await extensionTraces(profile, url)).map((h) => `${url}: ${h}`));
    return hits;
  };
  const ali = await check(aliexpressPages);
  const other = await check(otherSites);
  const note = (hits: string[]) => (hits.length ? hits.join('; ') : undefined);
  return [
    figure(
      `Extension contexts + scripts on non-item AliExpress pages (${aliexpressPages.length} pages)`,
      ali.length,
      'count',
      exactly(0),
      note(ali),
    ),
    figure(
      `Extension contexts + scripts on another site (${otherSites.length} page)`,
      other.length,
      'count',
      exactly(0),
      note(other),
    ),
  ];
}
