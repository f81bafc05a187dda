/**
 * Follows the product on an item page: reads it once the page has its data (client-rendered pages
 * fill in after their own script runs), the variant the shopper picks, and the next item after an
 * in-page navigation. Event-driven: one MutationObserver, throttled; no polling. The page is read
 * by the extractor it is given: the site's own readers (site-readers.ts).
 */
import type { ItemUrl } from '../extract/item-url';
import type { ExtractResult, PageInput, Product } from '../extract/model';
import { onPageDataChanged, requestPageData } from './page-data/request-page-data';
import type { ProductView } from './product-summary';
import { selectedVariantId } from './selected-variant';
import { HOST_TAG } from './host-element';

/** How long a page may take to render its product before we say we could not read it. */
const SETTLE_LIMIT_MS = 4_000;
/** After a failure, later page changes get this many more reads (late data still recovers). */
const RETRIES_AFTER_FAILURE = 5;
/**
 * A page change while the product is still missing reads the page this long after it, so that the
 * button follows the page's own rendering closely; a throttle rather than a debounce, so a page
 * that never stops changing (ads, lazy images) cannot postpone the read indefinitely.
 */
const READ_DELAY_MS = 16;
/** Reads start at least this far apart, however busy the page: at most ten a second. */
const MIN_READ_GAP_MS = 100;

/** Reads a product from a page, never throwing (read-page.ts's `readPage` with a site's readers). */
export type ReadProduct = (input: PageInput) => ExtractResult;

export interface ProductWatch {
  /** Reads the page again (after a navigation to another item). */
  refresh(): void;
  stop(): void;
}

const complete = (p: Product) => Boolean(p.title && p.price);

function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function watchProduct(
  doc: Document,
  extract: ReadProduct,
  currentItem: () => ItemUrl | null,
  onView: (view: ProductView) => void,
): ProductWatch {
  let view: ProductView = { state: 'reading' };
  let deadline = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reading = false;
  let again = false;
  let stopped = false;
  let retriesLeft = RETRIES_AFTER_FAILURE;
  let lastReadAt = -Infinity;

  const show = (next: ProductView) => {
    view = next;
    onView(next);
  };

  async function read(): Promise<void> {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    lastReadAt = performance.now();
    try {
      const item = currentItem();
      if (!item) return;
      const pageData = await requestPageData(doc);
      // The hand-off and the reading are each a few milliseconds of work; letting the page run in
      // between keeps either from joining its tasks into a long one.
      await yieldToPage();
      if (stopped) return;
      const result = extract({
        document: doc,
        url: location.href,
        ...(pageData ? { pageData } : {}),
      });
      const settled = Date.now() >= deadline;
      if (result.ok && result.product.id === item.id) {
        show({ state: 'ready', product: result.product, ...pick(result.product) });
      } else if (settled) {
        show(
          result.ok
            ? {
                state: 'failed',
                reason: 'id-mismatch',
                message: 'The page shows another item than its address.',
              }
            : {
                state: 'failed',
                reason: result.reason,
                message: result.message,
                ...(result.clues ? { clues: result.clues } : {}),
              },
        );
      }
    } catch (error) {
      show({
        state: 'failed',
        reason: 'internal-error',
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      reading = false;
      if (again && !stopped) {
        again = false;
        schedule();
      }
    }
  }

  const pick = (product: Product): { selectedVariantId?: string } => {
    const id = selectedVariantId(doc, product.variants) ?? product.selectedVariantId;
    return id ? { selectedVariantId: id } : {};
  };

  /** A read soon; one already due is not postponed (`now` replaces it with an immediate one). */
  function schedule(delay = READ_DELAY_MS, now = false): void {
    if (timer !== undefined && !now) return;
    if (!now) delay = Math.max(delay, lastReadAt + MIN_READ_GAP_MS - performance.now());
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void read();
    }, delay);
  }

  const waiting = () =>
    view.state === 'reading' ||
    (view.state === 'ready' && !complete(view.product)) ||
    (view.state === 'failed' && view.reason !== 'not-item-page' && retriesLeft > 0);

  const observer = new MutationObserver((records) => {
    if (stopped) return;
    let structural = false;
    let chips = false;
    for (const r of records) {
      if (r.type === 'childList') {
        if (
          [...r.addedNodes, ...r.removedNodes].every((n) => n.nodeName.toLowerCase() === HOST_TAG)
        )
          continue;
        structural = true;
      } else chips = true;
    }
    if (structural && waiting()) {
      if (view.state === 'failed') retriesLeft--;
      return schedule();
    }
    if (view.state === 'ready' && (chips || structural)) {
      const next = pick(view.product);
      if (next.selectedVariantId !== view.selectedVariantId) {
        show({ state: 'ready', product: view.product, ...next });
      }
    }
  });
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['class', 'aria-checked', 'aria-selected'],
  });
  // Once the settle time is over, a still-missing product is reported, even on a quiet page.
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const armSettle = () => {
    clearTimeout(settleTimer);
    deadline = Date.now() + SETTLE_LIMIT_MS;
    settleTimer = setTimeout(() => {
      if (waiting()) void read();
    }, SETTLE_LIMIT_MS + READ_DELAY_MS);
  };
  armSettle();
  // Data the page fetched for itself (aliexpress.ru's variants and prices) is read when it
  // arrives, whatever the page's rendering does or does not change.
  const stopDataWatch = onPageDataChanged(doc, () => {
    if (!stopped) schedule();
  });

  schedule(0, true);

  return {
    refresh() {
      retriesLeft = RETRIES_AFTER_FAILURE;
      armSettle();
      show({ state: 'reading' });
      schedule(0, true);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      clearTimeout(settleTimer);
      observer.disconnect();
      stopDataWatch();
    },
  };
}
