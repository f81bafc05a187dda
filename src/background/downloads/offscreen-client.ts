/**
 * Opens the offscreen document when a download needs one (blobs: converted images, archives).
 * Takes the `chrome.offscreen` namespace that blob-hands.ts found, so nothing here runs where the
 * browser has none.
 */
import { browser } from '../../shared/browser';

const PATH = 'src/offscreen/index.html';
let creating: Promise<void> | undefined;

export async function ensureOffscreen(offscreen: typeof chrome.offscreen): Promise<void> {
  const url = browser.runtime.getURL(PATH);
  const contexts = await chrome.runtime.getContexts({
    contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
    documentUrls: [url],
  });
  if (contexts.length > 0) return;
  creating ??= offscreen
    .createDocument({
      url: PATH,
      reasons: [offscreen.Reason.BLOBS],
      justification: 'Builds converted images and ZIP archives for the downloads the user started.',
    })
    .catch((error: unknown) => {
      // Another call created it first.
      if (!String(error).includes('single offscreen')) throw error;
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}
