/**
 * Scripts hostile pages run in their own (MAIN) world, before their product data: they replace the
 * built-ins AliKeep's MAIN-world helper might use, tamper with its events, or fight its element.
 * Each is plain page JavaScript; none of them throws by itself, so any error a test sees is ours.
 */

/** A replacement that throws whenever anything calls it, and counts the calls. */
const trap = (what: string) =>
  `function () { window.__trapped = (window.__trapped || 0) + 1; throw new Error('page trap: ${what}'); }`;

export const OVERRIDE_JSON_PARSE = `JSON.parse = ${trap('JSON.parse')};`;

export const OVERRIDE_JSON_STRINGIFY = `JSON.stringify = ${trap('JSON.stringify')};`;

export const OVERRIDE_ARRAY_METHODS = `
for (const name of ['map', 'forEach', 'push', 'filter', 'reduce', 'slice', 'join', 'includes']) {
  Array.prototype[name] = ${trap('Array.prototype method')};
}`;

export const OVERRIDE_ITERATORS = `
Array.prototype[Symbol.iterator] = ${trap('Array iterator')};
Object.keys = ${trap('Object.keys')};
Object.entries = ${trap('Object.entries')};
Array.isArray = function () { return true; };
WeakSet.prototype.add = ${trap('WeakSet.add')};
WeakSet.prototype.has = ${trap('WeakSet.has')};`;

export const OVERRIDE_DEFINE_PROPERTY = `
Object.defineProperty = ${trap('Object.defineProperty')};
Object.defineProperties = ${trap('Object.defineProperties')};
Reflect.defineProperty = ${trap('Reflect.defineProperty')};`;

export const OVERRIDE_EVENT_TARGET = `
EventTarget.prototype.addEventListener = function () {};
EventTarget.prototype.removeEventListener = function () {};
EventTarget.prototype.dispatchEvent = function () { return true; };`;

export const OVERRIDE_CUSTOM_EVENT = `
window.CustomEvent = ${trap('CustomEvent')};
window.Event = ${trap('Event')};`;

export const OVERRIDE_MUTATION_OBSERVER = `
window.MutationObserver = ${trap('MutationObserver')};
window.ResizeObserver = ${trap('ResizeObserver')};`;

export const OVERRIDE_FUNCTION_CALL = `
Function.prototype.call = ${trap('Function.prototype.call')};
Function.prototype.apply = ${trap('Function.prototype.apply')};
Function.prototype.bind = ${trap('Function.prototype.bind')};`;

/** Reading `event.detail` on any CustomEvent throws, in the page's world. */
export const TRAP_EVENT_DETAIL = `
Object.defineProperty(CustomEvent.prototype, 'detail', { get: ${trap('CustomEvent.detail')} });`;

export const TRAP_STRING_METHODS = `
String.prototype.slice = ${trap('String.prototype.slice')};
String.prototype.startsWith = ${trap('String.prototype.startsWith')};
String.prototype.replace = ${trap('String.prototype.replace')};`;

/** `window.runParams` is a getter that throws; the page still writes the assignment in its script. */
export const TRAP_RUN_PARAMS = `
Object.defineProperty(window, 'runParams', { get: ${trap('runParams getter')}, set: function () {} });
Object.defineProperty(window, '_d_c_', { get: ${trap('_d_c_ getter')} });`;

/** After the page assigns its data, `runParams` becomes a Proxy whose every trap throws. */
export const PROXY_RUN_PARAMS = `
window.runParams = new Proxy(window.runParams, {
  get: ${trap('proxy get')}, ownKeys: ${trap('proxy ownKeys')},
  getOwnPropertyDescriptor: ${trap('proxy descriptor')}, has: ${trap('proxy has')},
});`;

/** After the page assigns its data, it hangs a cycle, functions and a throwing toJSON off it. */
export const CYCLIC_RUN_PARAMS = `
const rp = window.runParams;
rp.self = rp;
rp.data.titleModule.parent = rp.data;
rp.data.onLoad = function () { return 1; };
rp.data.big = 10n;
rp.data.storeModule.toJSON = ${trap('toJSON')};`;

/** The page answers AliKeep's data request itself, first, with markup in every text. */
export const SPOOF_PAGE_DATA = (json: string) => `
window.addEventListener('alikeep:page-data-request', function (event) {
  const nonce = event.detail;
  document.dispatchEvent(new CustomEvent('alikeep:page-data', {
    detail: JSON.stringify({ nonce: nonce, json: ${JSON.stringify(json).replace(/</g, '\\u003c')} }),
  }));
}, true);`;

/** The page swallows AliKeep's data request before its helper sees it. */
export const SWALLOW_REQUEST = `
window.addEventListener('alikeep:page-data-request', function (event) {
  event.stopImmediatePropagation();
}, true);`;

/** Removes AliKeep's element once, shortly after it appears (a framework re-render would). */
export const REMOVE_ONCE = `
new MutationObserver(function (records, observer) {
  const el = document.querySelector('alikeep-root');
  if (!el) return;
  observer.disconnect();
  setTimeout(function () { el.remove(); window.__removals = (window.__removals || 0) + 1; }, 100);
}).observe(document.documentElement, { childList: true });`;

/** Removes AliKeep's element every time it shows up. */
export const REMOVE_ALWAYS = `
new MutationObserver(function () {
  for (const el of document.querySelectorAll('alikeep-root')) {
    el.remove();
    window.__removals = (window.__removals || 0) + 1;
  }
}).observe(document.documentElement, { childList: true });`;

/** Rebuilds the whole document once the page has loaded, as some single-page apps do. */
export const REPLACE_DOCUMENT = `
window.addEventListener('load', function () {
  setTimeout(function () {
    const head = document.head.cloneNode(true);
    const body = document.body.cloneNode(true);
    document.documentElement.replaceChildren(head, body);
    window.__replaced = true;
  }, 300);
});`;

/** A full-window overlay above everything, at the largest z-index. */
export const COVER_OVERLAY = `
window.addEventListener('DOMContentLoaded', function () {
  const cover = document.createElement('div');
  cover.id = 'page-cover';
  cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.6)';
  document.body.append(cover);
});`;

export const HIDE_WITH_CSS = `
const style = document.createElement('style');
style.textContent = 'alikeep-root, html > :not(head):not(body) { display: none !important; visibility: hidden !important; opacity: 0 !important; }';
document.head.append(style);`;

/** The page claims AliKeep's tag name with its own element, which takes a closed shadow root. */
export const DEFINE_OUR_TAG = `
customElements.define('alikeep-root', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'closed' }).textContent = 'page element'; }
});`;

/** Only the page's world sees these; AliKeep's isolated script must not be affected. */
export const OVERRIDE_DOM_BUILDERS = `
Element.prototype.attachShadow = ${trap('attachShadow')};
Document.prototype.createElement = ${trap('createElement')};
Node.prototype.appendChild = ${trap('appendChild')};
Element.prototype.append = ${trap('append')};`;

/** A session cookie and a token in storage: nothing of them may reach AliKeep's report. */
export const PERSONAL_DATA = `
document.cookie = 'xman_t=SECRETCOOKIE123; path=/';
try { localStorage.setItem('_m_h5_tk', 'SECRETTOKEN456'); } catch (e) {}`;
