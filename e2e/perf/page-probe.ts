/**
 * What every measured page carries in both profiles: observers for long tasks and layout shifts,
 * and a watcher that notes when AliKeep's panel is read and its download button appears. It runs
 * in the page's main world as an init script, the same in both profiles, so its own (small) cost
 * cancels out of the comparison. Readiness is announced on the console rather than polled from
 * Node, because polling would run script in one profile's page and not the other's.
 */
import type { Page } from '@playwright/test';

export const READY_SIGNAL = 'alikeep-bench:ready';

export interface ProbeResult {
  longTasks: { start: number; duration: number }[];
  /** Layout shifts; `sources` describes those of our shadow DOM (empty when none are ours). */
  shifts: { value: number; ours: boolean; sources: string[]; start: number }[];
  /** performance.now() when the panel's product line said "ready", if it did. */
  readyAt: number | null;
  /** performance.now() when the download button was first in the shadow root, if it was. */
  buttonAt: number | null;
  domContentLoaded: number | null;
  /** responseEnd of the product API answer (client-rendered pages), if there was one. */
  productApiEnd: number | null;
}

/**
 * The init script, as source text: Playwright would serialize a function with toString(), and the
 * TypeScript loader may wrap named inner functions in helpers the page does not have.
 */
export const PROBE_SCRIPT = `(() => {
  if (window.top !== window || location.protocol !== 'https:' || window.__alikeepBench) return;
  const probe = { longTasks: [], shifts: [], readyAt: null, buttonAt: null };
  window.__alikeepBench = probe;
  const inOurRoot = (node) => {
    for (let n = node; n; n = n.parentNode || n.host || null) {
      if (n.nodeName === 'ALIKEEP-ROOT') return true;
    }
    return false;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      const ours = (e.sources || []).filter((s) => inOurRoot(s.node)).map((s) => {
        const n = s.node;
        const id = n.getAttribute && n.getAttribute('data-testid');
        const cls = n.getAttribute && n.getAttribute('class');
        return n.nodeName.toLowerCase() + (id ? '[' + id + ']' : cls ? '.' + cls : '') +
          ' moved ' + Math.round(s.currentRect.y - s.previousRect.y) + 'px down, ' +
          Math.round(s.currentRect.x - s.previousRect.x) + 'px right';
      });
      probe.shifts.push({ value: e.value, ours: ours.length > 0, sources: ours, start: e.startTime });
    }
  }).observe({ type: 'layout-shift', buffered: true });

  const watchRoot = (root) => {
    const check = () => {
      if (probe.buttonAt === null && root.querySelector('[data-testid=alikeep-download]'))
        probe.buttonAt = performance.now();
      if (probe.readyAt === null && root.querySelector('[data-testid=alikeep-product][data-state=ready]')) {
        probe.readyAt = performance.now();
        console.debug('${READY_SIGNAL}');
      }
      if (probe.readyAt !== null && probe.buttonAt !== null) observer.disconnect();
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true, attributes: true });
    check();
  };
  // The panel's host element is a direct child of <html>: watch only that level, cheaply.
  const watchHtml = (html) => {
    const found = () => {
      const host = [...html.children].find((c) => c.nodeName === 'ALIKEEP-ROOT');
      if (host && host.shadowRoot) {
        observer.disconnect();
        watchRoot(host.shadowRoot);
      }
    };
    const observer = new MutationObserver(found);
    observer.observe(html, { childList: true });
    found();
  };
  if (document.documentElement) watchHtml(document.documentElement);
  else {
    const waitHtml = new MutationObserver(() => {
      if (!document.documentElement) return;
      waitHtml.disconnect();
      watchHtml(document.documentElement);
    });
    waitHtml.observe(document, { childList: true });
  }
})();`;

/** Reads the probe after the measurement (its own cost is then outside the measured window). */
export async function readProbe(page: Page, productApiPath: string): Promise<ProbeResult> {
  return page.evaluate((apiPath) => {
    const probe = (
      window as { __alikeepBench?: Omit<ProbeResult, 'domContentLoaded' | 'productApiEnd'> }
    ).__alikeepBench;
    if (!probe) throw new Error('the bench probe is not installed in this page');
    const nav = performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined;
    const api = performance.getEntriesByType('resource').find((e) => e.name.includes(apiPath)) as
      PerformanceResourceTiming | undefined;
    return {
      ...probe,
      domContentLoaded: nav ? nav.domContentLoadedEventStart : null,
      productApiEnd: api ? api.responseEnd : null,
    };
  }, productApiPath);
}
