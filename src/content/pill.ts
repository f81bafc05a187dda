/**
 * The panel as the item page first shows it, drawn with plain DOM so it appears without loading
 * Preact: brand, item, what was read, and the buttons. It has the same markup as the app's Panel
 * (panel.tsx), which replaces it the first time the shopper uses one of its buttons.
 */
import { t } from '../shared/i18n';
import type { Intent, PageState } from './page-state';
import { summarize } from './product-summary';

type Attrs = Record<string, string>;

function el(doc: Document, tag: string, attrs: Attrs = {}, text?: string): HTMLElement {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(doc: Document, attrs: Attrs, text: string, onClick: () => void): HTMLElement {
  const node = el(doc, 'button', { type: 'button', ...attrs }, text);
  node.addEventListener('click', onClick);
  return node;
}

/** Whether the plain pill can show this state; progress and alerts need the app. */
export function pillCanShow(state: PageState): boolean {
  return state.download === null && state.alert === null;
}

export function drawPill(
  target: HTMLElement,
  state: PageState,
  onIntent: (intent: Intent) => void,
): void {
  const doc = target.ownerDocument;
  const focused = (target.getRootNode() as ShadowRoot | Document).activeElement;
  const focusedId = focused instanceof HTMLElement ? focused.dataset.testid : undefined;

  const { view } = state;
  const panel = el(doc, 'div', {
    class: 'panel',
    role: 'region',
    'aria-label': t('panelLabel'),
    'data-theme': state.settings.theme,
  });
  panel.append(
    el(doc, 'span', { class: 'brand' }, 'AliKeep'),
    el(
      doc,
      'span',
      { class: 'item', 'data-testid': 'alikeep-item-id' },
      t('panelItem', state.item.id),
    ),
  );
  if (view.state === 'reading') {
    panel.append(
      el(
        doc,
        'span',
        { class: 'muted', 'data-testid': 'alikeep-product', 'data-state': 'reading' },
        t('panelReading'),
      ),
    );
  } else if (view.state === 'failed') {
    panel.append(
      el(
        doc,
        'span',
        { role: 'status', 'data-testid': 'alikeep-product', 'data-state': 'failed' },
        t('panelCannotRead'),
      ),
      button(doc, { 'data-testid': 'alikeep-copy-diagnostic' }, t('panelCopyDiagnostic'), () =>
        onIntent('copy'),
      ),
    );
  } else {
    const summary = summarize(view)!;
    const photos = summary.media.gallery + summary.media.variant + summary.media.description;
    panel.append(
      el(
        doc,
        'span',
        { 'data-testid': 'alikeep-product', 'data-state': 'ready' },
        t('panelMediaCount', [String(photos), String(summary.media.video)]),
      ),
    );
    const variant = summary.selectedVariant;
    if (variant) {
      panel.append(
        el(doc, 'span', { class: 'variant', 'data-testid': 'alikeep-variant' }, variant.name),
      );
    }
    if (view.product.media.length > 0) {
      panel.append(
        button(
          doc,
          {
            class: 'download',
            'data-testid': 'alikeep-download',
            'aria-label': t('downloadButtonLabel'),
            'aria-haspopup': 'dialog',
            'aria-expanded': 'false',
          },
          `⬇ ${t('downloadButton')}`,
          () => onIntent('download'),
        ),
      );
    }
    if (view.product.price) {
      panel.append(
        button(
          doc,
          { 'aria-expanded': 'false', 'data-testid': 'alikeep-price-toggle' },
          t('priceToggle'),
          () => onIntent('prices'),
        ),
      );
    }
  }
  panel.append(
    button(
      doc,
      {
        'aria-label': t('panelMenu'),
        'aria-haspopup': 'menu',
        'aria-expanded': 'false',
        'data-testid': 'alikeep-menu',
      },
      '⋯',
      () => onIntent('menu'),
    ),
  );
  target.replaceChildren(panel);
  if (focusedId) panel.querySelector<HTMLElement>(`[data-testid="${focusedId}"]`)?.focus();
}
