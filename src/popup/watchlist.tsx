/**
 * The popup's watchlist: each watched item with its price, change since watched and a sparkline.
 * The newest watches come first, a page at a time, so a watchlist of thousands opens as fast as a
 * short one.
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { WatchlistPage } from '../background/prices/price-service';
import { formatPercent } from '../shared/format-number';
import { formatPrice } from '../shared/format-price';
import { browser } from '../shared/browser';
import { t } from '../shared/i18n';
import { SPARK_HEIGHT, SPARK_WIDTH } from '../prices/sparkline';
import { sendToWorker } from '../shared/messaging';

/** Rows drawn at first, and added by each "show more". */
export const WATCHLIST_PAGE = 20;

/** The newest `limit` watches; nothing (an empty list) when the worker cannot answer. */
export function fetchWatchlist(limit: number): Promise<WatchlistPage> {
  return sendToWorker('getWatchlist', { limit }).then((reply) =>
    reply.ok ? reply.value : { entries: [], more: false },
  );
}

/** The offer's code, with the permission helpers, loads after the list: off the first render's path. */
function LazyNotificationOffer() {
  const [Offer, setOffer] = useState<FunctionComponent | null>(null);
  useEffect(() => {
    void import('./notification-offer').then((m) => setOffer(() => m.NotificationOffer));
  }, []);
  return Offer ? <Offer /> : null;
}

function Sparkline({ path }: { path: string | null }) {
  if (!path) return null;
  return (
    <svg class="spark" viewBox={`0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}`} aria-hidden="true">
      <line
        class="spark-base"
        x1="0"
        x2={SPARK_WIDTH}
        y1={SPARK_HEIGHT - 0.5}
        y2={SPARK_HEIGHT - 0.5}
      />
      <path class="spark-line" d={path} />
    </svg>
  );
}

/**
 * The first page, asked for as the popup's script starts (main.tsx) so the worker reads it while the
 * page loads: `page` once it has arrived (then it is drawn in the popup's first render).
 */
export interface FirstPage {
  page: WatchlistPage | null;
  arriving: Promise<WatchlistPage>;
}

export function Watchlist({ first }: { first: FirstPage }) {
  const [limit, setLimit] = useState(WATCHLIST_PAGE);
  const [list, setList] = useState<WatchlistPage | null>(first.page);
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    const initial = limit === WATCHLIST_PAGE && revision === 0;
    if (initial && first.page) return;
    void (initial ? first.arriving : fetchWatchlist(limit)).then(setList);
  }, [limit, revision]);
  // The popup shows the alerts: the toolbar badge that pointed at them clears. Asked once the list
  // is drawn, so that this write never delays it.
  const shown = list !== null;
  useEffect(() => {
    if (shown) void sendToWorker('alertsSeen');
  }, [shown]);
  if (!list || list.entries.length === 0) return null;
  const { entries, more } = list;
  const reload = () => setRevision((r) => r + 1);
  return (
    <section class="watchlist" data-testid="popup-watchlist">
      <h2>{t('popupWatchlist')}</h2>
      <LazyNotificationOffer />
      <ul>
        {entries.map((e) => {
          const change =
            e.current !== null && e.priceWhenWatched > 0
              ? Math.round(((e.current - e.priceWhenWatched) / e.priceWhenWatched) * 100)
              : null;
          return (
            <li key={e.itemId} data-testid="popup-watch-item">
              {e.image && <img src={`${e.image}_80x80.jpg`} alt="" width={40} height={40} />}
              <div class="watch-text">
                <a href={e.url} target="_blank" rel="noreferrer">
                  {e.title ?? e.itemId}
                </a>
                <div class="muted">
                  {e.current !== null && <strong>{formatPrice(e.current, e.currency)}</strong>}{' '}
                  {change !== null &&
                    t('popupWatchChange', formatPercent(change, { signed: true }))}
                </div>
                <div class="muted" data-testid="popup-watch-rule">
                  {e.rule.kind === 'target'
                    ? t('popupWatchRuleTarget', formatPrice(e.rule.price, e.currency))
                    : t('popupWatchRuleDrop', formatPercent(e.rule.percent))}
                </div>
                {e.alerted && (
                  <div class="alerted" role="status" data-testid="popup-watch-alerted">
                    {t('popupWatchAlerted')}
                  </div>
                )}
                {e.needsVisit && (
                  <div class="warn" role="status" data-testid="popup-watch-needs-visit">
                    {t('popupWatchNeedsVisit')}
                  </div>
                )}
                {e.readOnVisit && (
                  <div class="muted" role="status" data-testid="popup-watch-read-on-visit">
                    {t('popupWatchReadOnVisit')}{' '}
                    <button
                      type="button"
                      class="link"
                      data-testid="popup-watch-open-privacy"
                      onClick={() => void browser.runtime.openOptionsPage()}
                    >
                      {t('popupWatchOpenPrivacy')}
                    </button>
                  </div>
                )}
              </div>
              <Sparkline path={e.spark} />
              <button
                type="button"
                class="link watch-remove"
                onClick={() => void sendToWorker('unwatchItem', { itemId: e.itemId }).then(reload)}
              >
                {t('popupWatchRemove')}
              </button>
            </li>
          );
        })}
      </ul>
      {more && (
        <button
          type="button"
          class="link"
          data-testid="popup-watch-more"
          onClick={() => setLimit(entries.length + WATCHLIST_PAGE)}
        >
          {t('popupWatchShowMore')}
        </button>
      )}
    </section>
  );
}
