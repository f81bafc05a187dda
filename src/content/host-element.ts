/**
 * AliKeep's single element on a host page: a custom-named element with an open shadow root whose
 * styles are inlined, positioned out of the page's flow so it never shifts the page's layout.
 */
import { findGallery } from './host-selectors';

export const HOST_TAG = 'alikeep-root';

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

export function createHostElement(doc: Document, css: string): HostElement {
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
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
  setStyles(host, { 'z-index': '2147483000', display: 'block', contain: 'style' });
  doc.documentElement.append(host);

  return {
    host,
    root,
    dock(placement) {
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
      observer.disconnect();
      doc.defaultView?.removeEventListener('resize', onResize);
      host.remove();
    },
  };
}
