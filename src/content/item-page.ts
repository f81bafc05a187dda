/**
 * The first script of every item page, whatever its site: each site's entry
 * (item-page-<site>.iife.ts) starts it with that site's page readers. Kept light so the page does
 * not pay for what the shopper does not use: it reads the product, follows settings and in-page
 * navigation, records prices and draws the plain pill (pill.ts). The panel app (app/) is injected
 * by the worker the first time the shopper uses the panel or the tab gets a message. Nothing here
 * may throw into the host page: extension calls return errors as data and the instance retires
 * itself when its context dies.
 */
import { parseItemUrl, type ItemUrl } from '../extract/item-url';
import type { Product } from '../extract/model';
import { readPage, type PageReaders } from '../extract/read-page';
import type { DownloadProgress } from '../background/downloads/job';
import { native, nativeContextAlive } from '../shared/native';
import { sendToWorker } from '../shared/messaging';
import { toPayload } from '../shared/product-payload';
import { storageKeys } from '../shared/storage-keys';
import { readPageSettings, type PageSettings } from '../settings/page-settings';
import { priceHistoryOn } from '../consent/page-consent';
import { createHostElement, type HostElement } from './host-element';
import { findGallery } from './host-selectors';
import css from './panel.css?inline';
import { drawPill, pillCanShow } from './pill';
import { takeOver } from './retire';
import type { ProductView } from './product-summary';
import { watchProduct, type ProductWatch } from './product-watch';
import {
  PANEL_APP_GLOBAL,
  type Intent,
  type PageHandle,
  type PageState,
  type PriceAlert,
  type PanelApp,
  type PanelAppFactory,
} from './page-state';

/**
 * Runs the item page's first script in this page with the given site's readers. Called once, at
 * document_end, by the site's entry script.
 */
export function startItemPage(readers: PageReaders): void {
  let item: ItemUrl | null = parseItemUrl(location.href);
  let rawSettings: unknown;
  let settings: PageSettings | null = null;
  let mounted: { host: HostElement; target: HTMLElement; appShown: boolean } | null = null;
  let retired = false;
  let view: ProductView = { state: 'reading' };
  let download: DownloadProgress | null = null;
  let priceRevision = 0;
  let alert: PriceAlert | null = null;
  /** Whether the shopper opted in to price history (unknown until storage answers). */
  let priceHistory: boolean | undefined;
  /** The product and price last reported to the worker, so a re-render does not record twice. */
  let recorded = '';
  let app: PanelApp | null = null;
  let appLoading: Promise<PanelApp | null> | null = null;

  function state(): PageState | null {
    if (!item || !settings) return null;
    return { item, view, rawSettings, settings, download, priceRevision, alert };
  }

  const handle: PageHandle = {
    state,
    item: () => item,
    panelShown: () => mounted !== null,
    setDownload(progress) {
      download = progress;
      renderPanel();
    },
  };

  /** Asks the worker to inject the panel app into this tab's isolated world, once. */
  function loadApp(): Promise<PanelApp | null> {
    appLoading ??= sendToWorker('loadPanelApp').then((reply) => {
      const global = globalThis as Record<string, unknown>;
      const factory = global[PANEL_APP_GLOBAL] as PanelAppFactory | undefined;
      delete global[PANEL_APP_GLOBAL];
      if (!reply.ok || typeof factory !== 'function' || retired) {
        appLoading = null;
        return null;
      }
      app = factory(handle);
      return app;
    });
    return appLoading;
  }

  /**
   * The app takes over the panel from the plain pill (for good, until the panel is removed) and
   * carries out what the shopper asked on the pill, if anything.
   */
  async function showApp(intent?: Intent): Promise<void> {
    if (!nativeContextAlive()) return retire();
    const loaded = await loadApp();
    const current = state();
    if (!loaded || !mounted || !current) return;
    if (!mounted.appShown) {
      mounted.target.replaceChildren();
      mounted.appShown = true;
    }
    loaded.render(mounted.target, current, intent);
  }

  function unmount(): void {
    if (!mounted) return;
    if (mounted.appShown) app?.unmount(mounted.target);
    mounted.host.remove();
    mounted = null;
  }

  /**
   * How long the panel waits, from DOMContentLoaded, for a client-rendered page to draw its gallery
   * before it takes the corner instead.
   */
  const GALLERY_WAIT_MS = 1500;
  let watchingSince = 0;

  /**
   * Whether the panel can be put up now where it will stay. Beside the gallery, it waits for the page
   * to show one: a client-rendered page draws it after its data arrives, and a panel put in the
   * corner first would then jump across the page. It waits no longer than GALLERY_WAIT_MS, nor once
   * the page has drawn its product (title and price read) without a gallery AliKeep knows.
   */
  function placeable(current: PageState): boolean {
    if (current.settings.buttonPlacement !== 'gallery' || findGallery(document)) return true;
    const { view } = current;
    if (view.state === 'failed') return true;
    if (view.state === 'ready' && view.product.title && view.product.price) return true;
    if (performance.now() - watchingSince >= GALLERY_WAIT_MS) return true;
    awaitGallery();
    return false;
  }

  /**
   * While the panel waits for the gallery, it goes up as soon as the page has drawn one. The watch
   * lives only inside the wait, which ends GALLERY_WAIT_MS after DOMContentLoaded or at the mount.
   */
  let galleryWatch: MutationObserver | null = null;
  function awaitGallery(): void {
    if (galleryWatch) return;
    galleryWatch = new MutationObserver(() => {
      if (!findGallery(document)) return;
      stopAwaitingGallery();
      renderPanel();
    });
    galleryWatch.observe(document.documentElement, { childList: true, subtree: true });
    setTimeout(stopAwaitingGallery, watchingSince + GALLERY_WAIT_MS - performance.now());
  }
  function stopAwaitingGallery(): void {
    galleryWatch?.disconnect();
    galleryWatch = null;
  }

  function renderPanel(): void {
    // Nothing is drawn before the page's HTML is complete (see startWatching).
    if (retired || document.readyState === 'loading') return;
    const current = state();
    if (!current || !current.settings.pageButton) {
      unmount();
      return;
    }
    if (!mounted) {
      if (!placeable(current)) return;
      stopAwaitingGallery();
      const host = createHostElement(document, css);
      const target = document.createElement('div');
      host.root.append(target);
      mounted = { host, target, appShown: false };
    }
    mounted.host.dock(current.settings.buttonPlacement);
    if (mounted.appShown && app) app.render(mounted.target, current);
    else if (pillCanShow(current))
      drawPill(mounted.target, current, (intent) => void showApp(intent));
    // Download progress (from the popup's "download all") needs the app: show it once it is in.
    else void showApp();
  }

  function acceptSettings(raw: unknown): void {
    const next = readPageSettings(raw);
    if (settings && next.revision < settings.revision) return;
    rawSettings = raw;
    settings = next;
    renderPanel();
  }

  /** Prices go to the worker only once the shopper opted in: no message otherwise. */
  function acceptConsent(raw: unknown): void {
    const before = priceHistory;
    priceHistory = priceHistoryOn(raw);
    if (priceHistory && view.state === 'ready') void reportPrices(view.product);
    // Switched on or off while the page is open: an open price panel asks again.
    if (before !== undefined && before !== priceHistory) {
      priceRevision++;
      renderPanel();
    }
  }

  const onStorage = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area !== 'local') return;
    const change = changes[storageKeys.settings];
    if (change) acceptSettings(change.newValue);
    const consent = changes[storageKeys.consent];
    if (consent) acceptConsent(consent.newValue);
  };

  /** Messages to the tab (the popup's questions, the worker's download progress) go to the app. */
  const onMessage = (
    message: unknown,
    sender: chrome.runtime.MessageSender,
    sendResponse: (reply: unknown) => void,
  ): boolean => {
    if (retired || !nativeContextAlive()) return false;
    void loadApp().then(
      (loaded) =>
        loaded
          ? loaded.answer(message, sender).then(sendResponse)
          : sendResponse({ ok: false, error: { code: 'unreachable', message: 'No panel app.' } }),
      () => sendResponse({ ok: false, error: { code: 'unreachable', message: 'No panel app.' } }),
    );
    return true;
  };

  // Single-page navigation to another item (or away from items) replaces what the panel shows.
  const onNavigated = () => {
    if (!nativeContextAlive()) return retire();
    const next = parseItemUrl(location.href);
    if (next?.id === item?.id) return;
    item = next;
    if (item) watch?.refresh();
    renderPanel();
  };
  const navigation = (window as { navigation?: EventTarget }).navigation;

  // A tab left open across an extension removal finds out on its next focus, and leaves quietly.
  const onVisible = () => {
    if (!nativeContextAlive()) retire();
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
    if (reached) alert = { price: reached.price, currency: reached.currency };
    renderPanel();
  }

  function retire(): void {
    if (retired) return;
    retired = true;
    watch?.stop();
    stopAwaitingGallery();
    stopRetireListener();
    navigation?.removeEventListener('navigatesuccess', onNavigated);
    window.removeEventListener('popstate', onNavigated);
    document.removeEventListener('visibilitychange', onVisible);
    if (nativeContextAlive()) {
      native!.storage.onChanged.removeListener(onStorage);
      native!.runtime.onMessage.removeListener(onMessage);
    }
    unmount();
  }

  const stopRetireListener = takeOver(document, retire);
  let watch: ProductWatch | null = null;
  function startWatching(): void {
    if (retired || watch) return;
    watchingSince = performance.now();
    setTimeout(renderPanel, GALLERY_WAIT_MS);
    renderPanel();
    watch = watchProduct(
      document,
      (input) => readPage(input, readers),
      () => item,
      (next) => {
        view = next;
        renderPanel();
        if (next.state === 'ready' && priceHistory) void reportPrices(next.product);
      },
    );
  }
  // Reading the page and drawing start once its HTML (and the data inline in it) is complete: at
  // once at document_end, or on DOMContentLoaded should this script be injected earlier. (Started
  // at document_start, to read the settings sooner, the script's world and compile joined the
  // page's first task: twice as many long tasks over 50 ms, for a button 5 ms sooner.)
  if (document.readyState === 'loading') {
    window.addEventListener('DOMContentLoaded', startWatching, { capture: true, once: true });
  } else startWatching();
  if (nativeContextAlive()) {
    native!.storage.onChanged.addListener(onStorage);
    native!.runtime.onMessage.addListener(onMessage);
    native!.storage.local.get([storageKeys.settings, storageKeys.consent]).then(
      (stored) => {
        acceptSettings(stored[storageKeys.settings]);
        acceptConsent(stored[storageKeys.consent]);
      },
      () => acceptSettings(undefined),
    );
  }
  navigation?.addEventListener('navigatesuccess', onNavigated);
  window.addEventListener('popstate', onNavigated);
  document.addEventListener('visibilitychange', onVisible);
}
