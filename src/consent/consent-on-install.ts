/**
 * The worker's consent duties on runtime.onInstalled: a fresh install opens the consent page; an
 * update that brings a major policy change pauses the features it touches and opens the page again,
 * showing just what changed (consent-change.ts). A minor change only moves the date shown.
 */
import { browser } from '../shared/browser';
import { log } from '../shared/log';
import { reconcileAfterUpdate } from './consent-writer';

export const consentPagePath = 'src/consent/index.html';

export async function consentOnInstalled(reason: string): Promise<void> {
  const open = () => browser.tabs.create({ url: browser.runtime.getURL(consentPagePath) });
  try {
    if (reason === 'install') await open();
    if (reason === 'update') {
      const { reopen, review } = await reconcileAfterUpdate(browser.storage.local);
      if (reopen) {
        log.info('The privacy policy changed; paused until answered:', review.pause.join(', '));
        await open();
      }
    }
  } catch (error) {
    log.warn('Could not check the privacy choices:', String(error));
  }
}
