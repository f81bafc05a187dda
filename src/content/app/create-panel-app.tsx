/** The panel app's two jobs: render the Preact panel, and answer the tab's messages. */
import { render } from 'preact';
import { tabProtocol } from '../../shared/messages';
import { sendToWorker } from '../../shared/messaging';
import { createRouter } from '../../shared/router';
import { browser, extensionContextAlive } from '../../shared/browser';
import { toPayload } from '../../shared/product-payload';
import { loadSettings } from '../../settings/stored';
import { Panel } from '../panel';
import type { Intent, PageHandle, PanelApp, PanelAppFactory } from '../page-state';
import { diagnostic, summarize } from '../product-summary';
import appCss from './app.css?inline';

/** Marks the host element once the app has drawn the panel (read by the benchmark). */
export const APP_ATTRIBUTE = 'data-panel-app';

/** The pill's button for each intent, present in the app's panel as well. */
const INTENT_BUTTONS: Record<Intent, string> = {
  download: 'alikeep-download',
  prices: 'alikeep-price-toggle',
  menu: 'alikeep-menu',
  copy: 'alikeep-copy-diagnostic',
};

export const createPanelApp: PanelAppFactory = (page: PageHandle): PanelApp => {
  const answer = createRouter(
    tabProtocol,
    {
      getPageStatus: async () => {
        const view = page.state()?.view ?? { state: 'reading' as const };
        return {
          item: page.item(),
          panelShown: page.panelShown(),
          product: summarize(view),
          failure: view.state === 'failed' ? { reason: view.reason, message: view.message } : null,
        };
      },
      downloadProgress: async (progress) => {
        const download = page.state()?.download ?? null;
        if (!download || download.jobId === progress.jobId || progress.state === 'running') {
          page.setDownload(progress);
        }
        return null;
      },
      startDownloadAll: async () => {
        const view = page.state()?.view;
        if (view?.state !== 'ready') throw new Error('The page has not been read yet.');
        const reply = await sendToWorker('startDownload', {
          product: toPayload(view.product),
          selection: 'all',
        });
        if (!reply.ok) throw new Error(reply.error.message);
        return reply.value;
      },
    },
    { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('') },
  );

  return {
    render(target, state, intent) {
      const root = target.getRootNode();
      if (root instanceof ShadowRoot && !root.host.hasAttribute(APP_ATTRIBUTE)) {
        const style = target.ownerDocument.createElement('style');
        style.textContent = appCss;
        root.prepend(style);
        root.host.setAttribute(APP_ATTRIBUTE, '');
      }
      render(
        <Panel
          item={state.item}
          view={state.view}
          download={state.download}
          priceRevision={state.priceRevision}
          alert={state.alert}
          intent={intent}
          onDownload={(next) => page.setDownload(next)}
          diagnostic={() => {
            const view = page.state()?.view;
            return diagnostic(
              page.item()?.site ?? null,
              view?.state === 'failed' ? view : { reason: 'internal-error' },
              extensionContextAlive() ? browser.runtime.getManifest().version : 'unknown',
            );
          }}
          settings={loadSettings(state.rawSettings).stored.values}
          update={(patch) => {
            if (extensionContextAlive()) void sendToWorker('updateSettings', patch);
          }}
        />,
        target,
      );
      if (intent && root instanceof ShadowRoot && !root.activeElement) {
        // Replacing the pill dropped focus from the button the shopper used: put it on the same
        // button of the app's panel, so that keyboard use goes on from there (and Esc works).
        target.querySelector<HTMLElement>(`[data-testid="${INTENT_BUTTONS[intent]}"]`)?.focus();
      }
    },
    unmount(target) {
      render(null, target);
    },
    answer: (message, sender) => answer(message, sender),
  };
};
