/**
 * Content script for item pages. It mounts AliKeep's panel, follows settings and in-page navigation,
 * and answers the popup. Nothing here may throw into the host page: extension calls go through
 * messaging (which returns errors as data) and the instance retires itself when its context dies.
 */
import { render } from 'preact';
import { parseItemUrl, type ItemUrl } from '../extract/item-url';
import { readSettings, watchSettings } from '../settings/settings-client';
import type { StoredSettings } from '../settings/stored';
import { browser, extensionContextAlive, type Runtime } from '../shared/browser';
import { tabProtocol } from '../shared/messages';
import { sendToWorker } from '../shared/messaging';
import { createRouter } from '../shared/router';
import { createHostElement, type HostElement } from './host-element';
import { Panel } from './panel';
import css from './panel.css?inline';
import { takeOver } from './retire';
import { diagnostic, summarize, type ProductView } from './product-summary';
import { watchProduct } from './product-watch';
import type { DownloadProgress } from '../background/downloads/job';
import { toPayload } from '../shared/product-schema';
import type { Product } from '../extract/model';
import { t } from '../shared/i18n';
import { formatPrice } from '../shared/format-price';

let item: ItemUrl | null = parseItemUrl(location.href);
let settings: StoredSettings | null = null;
let mounted: HostElement | null = null;
let retired = false;
let view: ProductView = { state: 'reading' };
let download: DownloadProgress | null = null;
let priceRevision = 0;
let alert: string | null = null;
/** The product and price last reported to the worker, so a re-render does not record twice. */
let recorded = '';

function unmount(): void {
  if (!mounted) return;
  render(null, mounted.root);
  mounted.remove();
  mounted = null;
}

function renderPanel(): void {
  if (retired || !settings) return;
  if (!item || !settings.values.pageButton) {
    unmount();
    return;
  }
  mounted ??= createHostElement(document, css);
  mounted.dock(settings.values.buttonPlacement);
  render(
    <Panel
      item={item}
      view={view}
      download={download}
      priceRevision={priceRevision}
      alert={alert}
      onDownload={(next) => {
        download = next;
        renderPanel();
      }}
      diagnostic={() =>
        diagnostic(
          location.href,
          view.state === 'failed' ? view : { reason: 'internal-error', message: 'none' },
          extensionContextAlive() ? browser.runtime.getManifest().version : 'unknown',
        )
      }
      settings={settings.values}
      update={(patch) => {
        if (!extensionContextAlive()) return retire();
        void sendToWorker('updateSettings', patch);
      }}
    />,
    mounted.root,
  );
}

const accept = (next: StoredSettings) => {
  if (settings && next.revision < settings.revision) return;
  settings = next;
  renderPanel();
};

const answer = createRouter(
  tabProtocol,
  {
    getPageStatus: async () => ({
      item,
      panelShown: mounted !== null,
      product: summarize(view),
      failure: view.state === 'failed' ? { reason: view.reason, message: view.message } : null,
    }),
    downloadProgress: async (progress) => {
      if (!download || download.jobId === progress.jobId || progress.state === 'running') {
        download = progress;
        renderPanel();
      }
      return null;
    },
    startDownloadAll: async () => {
      if (view.state !== 'ready') throw new Error('The page has not been read yet.');
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
const onMessage = (message: unknown, sender: Runtime.MessageSender) => answer(message, sender);

// Single-page navigation to another item (or away from items) replaces what the panel shows.
const onNavigated = () => {
  if (!extensionContextAlive()) return retire();
  const next = parseItemUrl(location.href);
  if (next?.id === item?.id) return;
  item = next;
  if (item) watch.refresh();
  renderPanel();
};
const navigation = (window as { navigation?: EventTarget }).navigation;

// A tab left open across an extension removal finds out on its next focus, and leaves quietly.
const onVisible = () => {
  if (!extensionContextAlive()) retire();
};

/** Tells the worker what the page charges now; it keeps it only when price history is on. */
async function reportPrices(product: Product): Promise<void> {
  if (!product.price || !product.currency) return;
  const key = `${product.id}|${product.currency}|${product.price.current}|${product.variants.map((v) => v.price).join(',')}`;
  if (key === recorded) return;
  recorded = key;
  const reply = await sendToWorker('recordPrices', { product: toPayload(product) });
  if (!reply.ok || !reply.value.recorded) return;
  priceRevision++;
  const reached = reply.value.alerts.find((a) => a.kind === 'reached' || a.kind === 'new-low');
  if (reached) alert = t('priceAlertReached', formatPrice(reached.price, reached.currency));
  renderPanel();
}

function retire(): void {
  if (retired) return;
  retired = true;
  stopWatching();
  watch.stop();
  stopRetireListener();
  navigation?.removeEventListener('navigatesuccess', onNavigated);
  window.removeEventListener('popstate', onNavigated);
  document.removeEventListener('visibilitychange', onVisible);
  if (extensionContextAlive()) browser.runtime.onMessage.removeListener(onMessage);
  unmount();
}

const stopRetireListener = takeOver(document, retire);
const watch = watchProduct(
  document,
  () => item,
  (next) => {
    view = next;
    renderPanel();
    if (next.state === 'ready') void reportPrices(next.product);
  },
);
const stopWatching = watchSettings(accept);
browser.runtime.onMessage.addListener(onMessage);
navigation?.addEventListener('navigatesuccess', onNavigated);
window.addEventListener('popstate', onNavigated);
document.addEventListener('visibilitychange', onVisible);
readSettings().then(accept, () => undefined);
