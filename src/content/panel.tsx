/** The in-page panel: AliKeep's presence on an item page, with its own small menu. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PricePanelProps } from './prices/price-panel';
import type { FunctionComponent } from 'preact';
import type { Settings, SettingsPatch } from '../settings/defaults';
import type { ItemUrl } from '../extract/item-url';
import { t } from '../shared/i18n';
import { summarize, type ProductView } from './product-summary';
import type { DownloadProgress } from '../background/downloads/job';
import { DownloadControl } from './download/download-control';
import type { Intent, PriceAlert } from './page-state';
import { formatPrice } from '../shared/format-price';

export interface PanelProps {
  item: ItemUrl;
  view: ProductView;
  settings: Settings;
  update: (patch: SettingsPatch) => void;
  /** The report for a page that could not be read. */
  diagnostic: () => string;
  download: DownloadProgress | null;
  onDownload: (progress: DownloadProgress | null) => void;
  /** Bumped when the worker recorded new prices for this page. */
  priceRevision: number;
  /** The last price alert this page set off, if any. */
  alert: PriceAlert | null;
  /** What the shopper did on the plain pill before this panel replaced it. */
  intent?: Intent | undefined;
}

/** The price panel's code loads only when the user opens it. */
function LazyPrices(props: PricePanelProps) {
  const [Panel, setPanel] = useState<FunctionComponent<PricePanelProps> | null>(null);
  useEffect(() => {
    let live = true;
    void import('./prices/price-panel').then((m) => live && setPanel(() => m.PricePanel));
    return () => {
      live = false;
    };
  }, []);
  return Panel ? <Panel {...props} /> : null;
}

function ProductLine({
  view,
  diagnostic,
  copyNow,
}: {
  view: ProductView;
  diagnostic: () => string;
  copyNow: boolean;
}) {
  const [copy, setCopy] = useState<'idle' | 'copied' | 'manual'>('idle');
  useEffect(() => {
    if (copyNow && view.state === 'failed') copyDiagnostic();
    // Only for the click on the plain pill that brought this panel in.
  }, []);
  function copyDiagnostic() {
    navigator.clipboard.writeText(diagnostic()).then(
      () => setCopy('copied'),
      () => setCopy('manual'),
    );
  }
  if (view.state === 'reading') {
    return (
      <span class="muted" data-testid="alikeep-product" data-state="reading">
        {t('panelReading')}
      </span>
    );
  }
  if (view.state === 'failed') {
    return (
      <>
        <span role="status" data-testid="alikeep-product" data-state="failed">
          {t('panelCannotRead')}
        </span>
        <button type="button" data-testid="alikeep-copy-diagnostic" onClick={copyDiagnostic}>
          {copy === 'copied' ? t('panelCopied') : t('panelCopyDiagnostic')}
        </button>
        {copy === 'manual' && (
          <textarea
            class="diagnostic"
            readOnly
            aria-label={t('panelDiagnosticLabel')}
            value={diagnostic()}
            ref={(el) => el?.select()}
          />
        )}
      </>
    );
  }
  const summary = summarize(view)!;
  const photos = summary.media.gallery + summary.media.variant + summary.media.description;
  const variant = summary.selectedVariant;
  return (
    <>
      <span data-testid="alikeep-product" data-state="ready">
        {t('panelMediaCount', [String(photos), String(summary.media.video)])}
      </span>
      {variant && (
        <span class="variant" data-testid="alikeep-variant">
          {variant.name}
        </span>
      )}
    </>
  );
}

export function Panel({
  item,
  view,
  settings,
  update,
  diagnostic,
  download,
  onDownload,
  priceRevision,
  alert,
  intent,
}: PanelProps) {
  const [menuOpen, setMenuOpen] = useState(intent === 'menu');
  const [pricesOpen, setPricesOpen] = useState(intent === 'prices');
  /** The menu and the price card drop down at the same place: the one opened last is drawn on top. */
  const [front, setFront] = useState<'menu' | 'prices'>(intent === 'prices' ? 'prices' : 'menu');
  const menuButton = useRef<HTMLButtonElement>(null);
  const pricesButton = useRef<HTMLButtonElement>(null);
  const toggleMenu = () => {
    if (!menuOpen) setFront('menu');
    setMenuOpen(!menuOpen);
  };
  const togglePrices = () => {
    if (!pricesOpen) setFront('prices');
    setPricesOpen(!pricesOpen);
  };
  const choose = (patch: SettingsPatch) => {
    setMenuOpen(false);
    update(patch);
  };
  /** Esc closes the surface on top, with focus back on the button that opened it. */
  const escape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    const closing =
      menuOpen && (front === 'menu' || !pricesOpen) ? 'menu' : pricesOpen ? 'prices' : null;
    if (!closing) return;
    e.preventDefault();
    if (closing === 'menu') {
      menuButton.current?.focus();
      setMenuOpen(false);
    } else {
      pricesButton.current?.focus();
      setPricesOpen(false);
    }
  };
  return (
    <div
      class="panel"
      role="region"
      aria-label={t('panelLabel')}
      data-theme={settings.theme}
      data-front={front}
      onKeyDown={escape}
    >
      <span class="brand">AliKeep</span>
      <span class="item" data-testid="alikeep-item-id">
        {t('panelItem', item.id)}
      </span>
      <ProductLine view={view} diagnostic={diagnostic} copyNow={intent === 'copy'} />
      {view.state === 'ready' && view.product.media.length > 0 && (
        <DownloadControl
          product={view.product}
          settings={settings}
          progress={download?.productId === view.product.id ? download : null}
          onProgress={onDownload}
          initiallyOpen={intent === 'download'}
        />
      )}
      {view.state === 'ready' && view.product.price && (
        <button
          type="button"
          aria-expanded={pricesOpen}
          data-testid="alikeep-price-toggle"
          ref={pricesButton}
          onClick={togglePrices}
        >
          {t('priceToggle')}
        </button>
      )}
      {alert && (
        <span role="status" class="alert" data-testid="alikeep-price-alert">
          {t('priceAlertReached', formatPrice(alert.price, alert.currency))}
        </span>
      )}
      {pricesOpen && view.state === 'ready' && (
        <LazyPrices
          product={view.product}
          variantId={view.selectedVariantId}
          revision={priceRevision}
        />
      )}
      <button
        type="button"
        aria-label={t('panelMenu')}
        aria-haspopup="menu"
        aria-expanded={menuOpen}
        data-testid="alikeep-menu"
        ref={menuButton}
        onClick={toggleMenu}
      >
        ⋯
      </button>
      {menuOpen && (
        <div class="menu" role="menu">
          <button
            type="button"
            role="menuitem"
            data-testid="alikeep-move"
            onClick={() =>
              choose({
                buttonPlacement: settings.buttonPlacement === 'gallery' ? 'corner' : 'gallery',
              })
            }
          >
            {settings.buttonPlacement === 'gallery'
              ? t('panelMoveToCorner')
              : t('panelMoveToGallery')}
          </button>
          <button
            type="button"
            role="menuitem"
            data-testid="alikeep-hide"
            onClick={() => choose({ pageButton: false })}
          >
            {t('panelHide')}
          </button>
        </div>
      )}
    </div>
  );
}
