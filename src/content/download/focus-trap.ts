/**
 * Keeps Tab inside a modal dialog: from its last control Tab goes to the first, from its first
 * (or from the dialog itself) Shift+Tab goes to the last. The dialog lives in a shadow root, so
 * the focused element is read from that root, not from the page's document.
 */

const FOCUSABLE = [
  'button:not([disabled])',
  'input:not([disabled])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'a[href]',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** The element `Tab` (or `Shift+Tab` when `backwards`) moves to, or null to let the browser move. */
export function wrapTarget<T>(
  focusables: readonly T[],
  current: T | null,
  backwards: boolean,
): T | null {
  const first = focusables[0];
  const last = focusables[focusables.length - 1];
  if (first === undefined || last === undefined) return null;
  const at = current === null ? -1 : focusables.indexOf(current);
  if (at === -1) return backwards ? last : first;
  if (backwards && at === 0) return last;
  if (!backwards && at === focusables.length - 1) return first;
  return null;
}

/** Handles a keydown inside `dialog`: a Tab that would leave it wraps around instead. */
export function trapTab(e: KeyboardEvent, dialog: HTMLElement): void {
  if (e.key !== 'Tab') return;
  const root = dialog.getRootNode() as ShadowRoot | Document;
  const focused = root.activeElement instanceof HTMLElement ? root.activeElement : null;
  const focusables = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const inside = focused !== null && focused !== dialog && dialog.contains(focused);
  const next = wrapTarget(focusables, inside ? focused : null, e.shiftKey);
  if (next === null) {
    // Nothing to focus inside: Tab stays on the dialog rather than leaving it.
    if (focusables.length === 0) e.preventDefault();
    return;
  }
  e.preventDefault();
  next.focus();
}
