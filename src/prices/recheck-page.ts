/**
 * What a background recheck learns from an item page fetched without a browser tab: the product
 * with its price where the served HTML carries it (older formats, aliexpress.ru, JSON-LD), a captcha
 * or block, or that the page renders its price only in a tab. Pure: the worker does the fetching.
 * Never a guessed price: anything unclear is a failure the schedule backs off from.
 */
import { extractProduct } from '../extract/index';
import type { Product } from '../extract/model';
import type { RecheckOutcome } from './backoff';

export type RecheckRead =
  | { kind: 'product'; product: Product }
  | { kind: 'captcha' }
  | { kind: 'blocked' }
  | { kind: 'error'; message: string }
  /** The page's price appears only once its own script runs: read it in a tab. */
  | { kind: 'needs-tab' };

/** Inline scripts of a page, without a DOM (the service worker has none). */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  const tag = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
  for (const m of html.matchAll(tag)) {
    if (/\bsrc\s*=/i.test(m[1] ?? '')) continue;
    const text = m[2] ?? '';
    if (text.trim()) out.push(text);
  }
  return out;
}

const CAPTCHA =
  /captcha|slide to verify|punish|_____tmd_____|x5secdata|baxia|FAIL_SYS_USER_VALIDATE/i;

export function readRecheckPage(
  status: number,
  html: string,
  url: string,
  itemId: string,
): RecheckRead {
  if (status === 403 || status === 429) return { kind: 'blocked' };
  if (status < 200 || status >= 300) return { kind: 'error', message: `HTTP ${status}` };
  const result = extractProduct({ url, scripts: inlineScripts(html) });
  if (result.ok) {
    if (result.product.id !== itemId) {
      return { kind: 'error', message: 'The page shows another item.' };
    }
    if (result.product.price && result.product.currency) {
      return { kind: 'product', product: result.product };
    }
    // An item page whose data carries no price yet: the client-rendered kind.
    return { kind: 'needs-tab' };
  }
  if (CAPTCHA.test(html.slice(0, 200_000))) return { kind: 'captcha' };
  if (result.reason === 'no-product-data' || result.reason === 'unsupported-format') {
    return { kind: 'needs-tab' };
  }
  return { kind: 'error', message: result.message };
}

export type RecheckStep =
  | { kind: 'record'; product: Product }
  | { kind: 'open-tab' }
  | { kind: 'done'; outcome: RecheckOutcome };

/**
 * What the worker does with a fetched page's reading. A page that needs a tab gets one only when
 * the user switched background tabs on (their own opt-in); otherwise the recheck ends as
 * `tabs-off`, which is no failure: the price is read on the user's next visit.
 */
export function recheckStep(read: RecheckRead, tabsAllowed: boolean): RecheckStep {
  switch (read.kind) {
    case 'product':
      return { kind: 'record', product: read.product };
    case 'needs-tab':
      return tabsAllowed ? { kind: 'open-tab' } : { kind: 'done', outcome: 'tabs-off' };
    default:
      return { kind: 'done', outcome: read.kind };
  }
}
