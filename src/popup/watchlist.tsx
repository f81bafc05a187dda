/**
 * The popup's watchlist: each watched item with its price, change since watched and a sparkline.
 * The newest watches come first, a page at a time, so a watchlist of thousands opens as fast as a
 * short one.
 */
import { useEffect, useState } from 'preact/hooks';
import type { WatchlistPage } from '../background/prices/price-service';
import { formatPercent } from '../shared/format-number';
import { formatPrice } from '../shared/format-price';
import { t } from '../shared/i18n';
import { sendToWorker } from '../shared/messaging';
import { NotificationOffer } from './notification-offer';

/** Rows drawn at first, and added by each "show more". */
const WATCHLIST_PAGE = 20;

function Sparkline({ points }: { points: { at: number; price: number }[] }) {
  if (points.length < 2) return null;
  const prices = points.map((p) => p.price);
  const low = Math.min(...prices);
  const span = Math.max(...prices) - low || 1;
  const first = points[0]!.at;
  const width = Math.max(points[points.length - 1]!.at - first, 1);
  const d = points
    .map(
      (p, i) =>
        `${i ? 'L' : 'M'} ${((p.at - first) / width) * 60} ${20 - ((p.price - low) / span) * 18}`,
    )
    .join(' ');
  return (
    <svg class="spark" viewBox="0 0 60 22" aria-hidden="true">
      <path d={d} fill="none" stroke="currentColor" stroke-width="1.5" />
    </svg>
  );
}

export function Watchlist() {
  const [limit, setLimit] = useState(WATCHLIST_PAGE);
  const [list, setList] = useState<WatchlistPage | null>(null);
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    void sendToWorker('getWatchlist', { limit }).then((reply) =>
      setList(reply.ok ? reply.value : { entries: [], more: false }),
    );
  }, [limit, revision]);
  // The popup shows the alerts: the toolbar badge that pointed at them clears.
  useEffect(() => void sendToWorker('alertsSeen'), []);
  if (!list || list.entries.length === 0) return null;
  const { entries, more } = list;
  const reload = () => setRevision((r) => r + 1);
  return (
    <section class="watchlist" data-testid="popup-watchlist">
      <h2>{t('popupWatchlist')}</h2>
      <NotificationOffer />
      <ul>
        {entries.map((e) => {
          const change =
            e.current !== null && e.priceWhenWatched > 0
              ? Math.round(((e.current - e.priceWhenWatched) / e.priceWhenWatched) * 100)
              : null;
          return (
            <li key={e.itemId} data-testid="popup-watch-item">
              {e.image && <img src={`${e.image}_80x80.jpg`} alt="" width={40} height={40} />}
              <div>
                <a href={e.url} target="_blank" rel="noreferrer">
                  {e.title ?? e.itemId}
                </a>
                <div class="muted">
                  {e.current !== null && <strong>{formatPrice(e.current, e.currency)}</strong>}{' '}
                  {change !== null &&
                    t('popupWatchChange', formatPercent(change, { signed: true }))}
                </div>
                {e.needsVisit && (
                  <div class="warn" role="status" data-testid="popup-watch-needs-visit">
                    {t('popupWatchNeedsVisit')}
                  </div>
                )}
              </div>
              <Sparkline points={e.spark} />
              <button
                type="button"
                class="link"
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
