/**
 * AliKeep's single element on a host page: a custom-named element with an open shadow root whose
 * styles are inlined, positioned out of the page's flow so it never shifts the page's layout.
 *
 * Pages can be hostile to it. When the page removes it (a framework re-rendering the document
 * does), it is put back, at most MAX_REATTACH times per page: a page that keeps removing it wins,
 * and AliKeep stays gone without a word. A page stylesheet cannot hide it (inline !important
 * styles win), and a page that claims the tag name for its own element gets a one-off name.
 */
import { findGallery } from './host-selectors';

export const HOST_TAG = 'alikeep-root';

/** How often the element is put back after the page removed it, per page load. */
export const MAX_REATTACH = 3;

export type Placement = 'gallery' | 'corner';

export interface HostElement {
  host: HTMLElement;
  root: ShadowRoot;
  dock(placement: Placement): void;
  remove(): void;
}

/** Keys typed into our UI must not trigger the host page's shortcuts. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

function setStyles(el: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles))
    el.style.setProperty(name, value, 'important');
}

/**
 * Our element with its shadow root. A page that defined HOST_TAG itself (its constructor runs and
 * may take the shadow root first) gets a random suffix: page code cannot claim a name in advance.
 */
function createShadowHost(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(HOST_TAG);
  try {
    return { host, root: host.attachShadow({ mode: 'open' }) };
  } catch {
    const suffix = Math.random()
      .toString(36)
      .slice(2, 10)
      .replace(/[^a-z]/g, 'x');
    const own = doc.createElement(`${HOST_TAG}-${suffix}`);
    return { host: own, root: own.attachShadow({ mode: 'open' }) };
  }
}

/** Puts the element back when the page removes it, a limited number of times. */
function keepAttached(doc: Document, host: HTMLElement, onBack: () => void): () => void {
  let reattached = 0;
  let watched: Element | null = null;
  const observer = new MutationObserver(() => {
    const html = doc.documentElement;
    if (html && html !== watched) watch(html);
    if (host.isConnected || !html) return;
    if (reattached >= MAX_REATTACH) return observer.disconnect();
    reattached++;
    html.append(host);
    onBack();
  });
  function watch(html: Element): void {
    watched = html;
    observer.observe(html, { childList: true });
  }
  observer.observe(doc, { childList: true });
  if (doc.documentElement) watch(doc.documentElement);
  return () => observer.disconnect();
}

export function createHostElement(doc: Document, css: string): HostElement {
  const { host, root } = createShadowHost(doc);
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (e) => e.stopPropagation());

  let gallery: Element | null = null;
  const observer = new ResizeObserver(() => place());
  const onResize = () => place();

  function place(): void {
    if (!gallery?.isConnected) {
      setStyles(host, {
        position: 'fixed',
        top: 'auto',
        left: 'auto',
        right: '16px',
        bottom: '16px',
        '--alikeep-pill-max': 'calc(100vw - 32px)',
      });
      return;
    }
    const rect = gallery.getBoundingClientRect();
    const view = doc.defaultView;
    setStyles(host, {
      position: 'absolute',
      right: 'auto',
      bottom: 'auto',
      top: `${Math.round(rect.top + (view?.scrollY ?? 0) + 8)}px`,
      left: `${Math.round(rect.left + (view?.scrollX ?? 0) + 8)}px`,
      // Read by the pill's CSS: within the gallery it wraps rather than covering the product's
      // title. A variable, not the host's own width, so the picker dialog keeps its full size.
      '--alikeep-pill-max': `${Math.max(Math.round(rect.width - 16), 240)}px`,
    });
  }

  // Style containment only: layout containment would make the host the containing block of the
  // picker's fixed-position dialog, placing it relative to the pill instead of the viewport.
  // Visibility and opacity too: a page stylesheet hiding our tag with !important loses to these.
  setStyles(host, {
    'z-index': '2147483000',
    display: 'block',
    visibility: 'visible',
    opacity: '1',
    contain: 'style',
  });
  doc.documentElement.append(host);
  let docked: Placement | null = null;
  // Put back into a rebuilt document, it docks to the gallery the page shows now.
  const stopKeeping = keepAttached(doc, host, () => (docked ? element.dock(docked) : place()));

  const element: HostElement = {
    host,
    root,
    dock(placement) {
      docked = placement;
      observer.disconnect();
      doc.defaultView?.removeEventListener('resize', onResize);
      gallery = placement === 'gallery' ? findGallery(doc) : null;
      if (gallery) {
        observer.observe(gallery);
        doc.defaultView?.addEventListener('resize', onResize);
      }
      place();
    },
    remove() {
      stopKeeping();
      observer.disconnect();
      doc.defaultView?.removeEventListener('resize', onResize);
      host.remove();
    },
  };
  return element;
}
