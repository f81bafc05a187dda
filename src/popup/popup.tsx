import { useEffect, useState } from 'preact/hooks';
import { PageButtonField, PlacementField, ThemeField } from '../components/setting-fields';
import { useSettings } from '../components/use-settings';
import { useTheme } from '../components/use-theme';
import { browser } from '../shared/browser';
import { formatCount } from '../shared/format-number';
import { t } from '../shared/i18n';
import type { PageStatus } from '../shared/messages';
import { sendToTab } from '../shared/messaging';
import { DownloadAll } from './download-all';
import { Watchlist, type FirstPage } from './watchlist';

/** Asks the tab's content script what it shows; no content script means not an item page. */
function usePageStatus(findTab: () => Promise<number | null>): PageStatus | null | 'none' {
  const [status, setStatus] = useState<PageStatus | null | 'none'>(null);
  useEffect(() => {
    void (async () => {
      const tabId = await findTab();
      if (tabId === null) return setStatus('none');
      const reply = await sendToTab(tabId, 'getPageStatus');
      setStatus(reply.ok && reply.value.item ? reply.value : 'none');
    })();
  }, [findTab]);
  return status;
}

export function Popup({
  tabId,
  watchlist,
}: {
  tabId: () => Promise<number | null>;
  /** The watchlist's first page, already asked for. */
  watchlist: FirstPage;
}) {
  const { stored, update } = useSettings();
  const status = usePageStatus(tabId);
  useTheme(stored?.values.theme);
  const change = (patch: Parameters<typeof update>[0]) => void update(patch);

  return (
    <main>
      <h1>
        <span class="brand">AliKeep</span>
      </h1>
      <p data-testid="popup-status">
        {status === null
          ? t('loading')
          : status === 'none'
            ? t('popupNotItemPage')
            : t('popupItemPage', status.item?.id ?? '')}
      </p>
      {status !== null && status !== 'none' && status.product && (
        <section class="product" data-testid="popup-product">
          {status.product.title && <p class="title">{t('popupProduct', status.product.title)}</p>}
          <p class="muted">
            {t('popupMediaCount', [
              formatCount(
                status.product.media.gallery +
                  status.product.media.variant +
                  status.product.media.description,
              ),
              formatCount(status.product.media.video),
              formatCount(status.product.variants),
            ])}
          </p>
        </section>
      )}
      {status !== null && status !== 'none' && status.product && <DownloadAll tabId={tabId} />}
      {status !== null && status !== 'none' && status.failure && (
        <p role="status" data-testid="popup-cannot-read">
          {t('popupCannotRead')}
        </p>
      )}
      {stored && !stored.values.pageButton && (
        <p class="muted" data-testid="popup-panel-hidden">
          {t('popupPanelHiddenNote')}
        </p>
      )}
      {stored && (
        <section class="settings" data-testid="popup-settings">
          <PageButtonField values={stored.values} update={change} />
          <PlacementField values={stored.values} update={change} />
          <ThemeField values={stored.values} update={change} />
        </section>
      )}
      <Watchlist first={watchlist} />
      <footer>
        <button
          type="button"
          class="link"
          data-testid="popup-open-options"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('popupOpenOptions')}
        </button>
      </footer>
    </main>
  );
}
