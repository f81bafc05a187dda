/**
 * The price panel (loaded only when opened): what we have seen of this item's price, its lows,
 * whether the claimed discount is real, and a watch. Every number comes from the worker's history;
 * where that history does not cover a period, the panel says so instead of guessing.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PriceView } from '../../background/prices/price-service';
import type { Product } from '../../extract/model';
import type { ChartRange, PeriodId } from '../../prices/stats';
import { formatDay } from '../../shared/format-date';
import { formatPercent } from '../../shared/format-number';
import { formatPrice } from '../../shared/format-price';
import { t, type MessageKey } from '../../shared/i18n';
import { sendToWorker } from '../../shared/messaging';
import { NotifyOffer } from './notify-offer';
import { StepChartView } from './step-chart';
import { parseTargetPrice } from '../../prices/target-price';

/** The chart's ranges, named in the UI language ("1M" is "1 мес." in Russian). */
const RANGE_LABELS: Record<ChartRange, MessageKey> = {
  '1M': 'priceRange1M',
  '3M': 'priceRange3M',
  '1Y': 'priceRange1Y',
  All: 'priceRangeAll',
};

const PERIODS: { id: PeriodId; label: MessageKey }[] = [
  { id: '30d', label: 'price30d' },
  { id: '90d', label: 'price90d' },
  { id: '365d', label: 'price1y' },
  { id: 'all', label: 'priceAllTime' },
];
const RANGES: ChartRange[] = ['1M', '3M', '1Y', 'All'];

export interface PricePanelProps {
  product: Product;
  variantId: string | undefined;
  /** Bumped when new prices were recorded, so the panel reloads. */
  revision: number;
}

export function PricePanel({ product, variantId, revision }: PricePanelProps) {
  const [range, setRange] = useState<ChartRange>('3M');
  const [view, setView] = useState<PriceView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [watchRevision, setWatchRevision] = useState(0);
  const currency = product.currency;
  const money = (n: number) => formatPrice(n, currency);

  useEffect(() => {
    if (!currency) return;
    let live = true;
    const claim = product.price
      ? {
          ...(product.price.original !== undefined ? { original: product.price.original } : {}),
          ...(product.price.discountPercent !== undefined
            ? { discountPercent: product.price.discountPercent }
            : {}),
        }
      : undefined;
    void sendToWorker('getPriceView', {
      itemId: product.id,
      variantId: variantId ?? '',
      currency,
      range,
      ...(claim ? { claim } : {}),
    }).then((reply) => {
      if (!live) return;
      if (reply.ok) setView(reply.value);
      else setError(reply.error.message);
    });
    return () => {
      live = false;
    };
  }, [product, variantId, currency, range, revision, watchRevision]);

  if (!currency) {
    return <Card>{t('priceNoCurrency')}</Card>;
  }
  if (error) return <Card>{error}</Card>;
  if (!view) return <Card>{t('loading')}</Card>;
  if (!view.enabled) {
    return (
      <Card>
        <p>{t('priceOff')}</p>
        <button type="button" onClick={() => void sendToWorker('openPrivacySettings')}>
          {t('priceOpenPrivacy')}
        </button>
      </Card>
    );
  }
  const stats = view.stats;
  if (!stats) return <Card>{t('priceNothingYet')}</Card>;

  return (
    <Card>
      <p class="current">
        <strong data-testid="alikeep-price-current">{money(stats.current)}</strong>{' '}
        <span class="muted">{t('priceTrackedSince', formatDay(stats.trackedSince))}</span>
      </p>
      <table class="periods">
        <thead>
          <tr>
            <th />
            <th>{t('priceLowest')}</th>
            <th>{t('priceHighest')}</th>
            <th>{t('priceAverage')}</th>
          </tr>
        </thead>
        <tbody>
          {PERIODS.map(({ id, label }) => {
            const p = stats.periods[id];
            return (
              <tr key={id} data-testid={`alikeep-price-period-${id}`}>
                <th>{t(label)}</th>
                {p.covered && p.values ? (
                  <>
                    <td>{money(p.values.lowest)}</td>
                    <td>{money(p.values.highest)}</td>
                    <td>{money(p.values.average)}</td>
                  </>
                ) : (
                  <td colSpan={3} class="muted">
                    {t('priceNotEnough')}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <div class="ranges" role="group" aria-label={t('priceChartRange')}>
        {RANGES.map((r) => (
          <button
            type="button"
            key={r}
            aria-pressed={r === range}
            data-testid={`alikeep-price-range-${r}`}
            onClick={() => setRange(r)}
          >
            {t(RANGE_LABELS[r])}
          </button>
        ))}
      </div>
      {view.chart && (
        <StepChartView
          chart={view.chart}
          label={t('priceChartLabel')}
          money={money}
          day={formatDay}
        />
      )}
      <DiscountLine view={view} money={money} />
      <WatchForm
        product={product}
        variantId={variantId ?? ''}
        currency={currency}
        view={view}
        money={money}
        changed={() => setWatchRevision((n) => n + 1)}
      />
    </Card>
  );
}

function Card({ children }: { children: preact.ComponentChildren }) {
  return (
    <div class="price-card" data-testid="alikeep-price-panel">
      {children}
    </div>
  );
}

function DiscountLine({ view, money }: { view: PriceView; money: (n: number) => string }) {
  const d = view.discount;
  if (d.kind === 'checked') {
    return (
      <p data-testid="alikeep-discount-check" class={d.verdict === 'honest' ? '' : 'warn'}>
        {t('priceDiscountChecked', [
          formatPercent(-d.claimedPercent, { signed: true }),
          formatPercent(-d.realPercent, { signed: true }),
          money(d.reference),
        ])}
      </p>
    );
  }
  if (d.kind === 'not-enough-history') {
    return (
      <p data-testid="alikeep-discount-check" class="muted">
        {t('priceDiscountNotEnough')}
      </p>
    );
  }
  return null;
}

function WatchForm(props: {
  product: Product;
  variantId: string;
  currency: string;
  view: PriceView;
  money: (n: number) => string;
  changed: () => void;
}) {
  const { view, money } = props;
  const [mode, setMode] = useState<'target' | 'drop'>('target');
  const [target, setTarget] = useState('');
  const [percent, setPercent] = useState('10');
  const [rise, setRise] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** The watch was set just now, here: the moment to offer notifications. */
  const [justSet, setJustSet] = useState(false);
  if (view.watch) {
    const rule = view.watch.rule;
    return (
      <>
        <p data-testid="alikeep-watching">
          {rule.kind === 'target'
            ? t('priceWatchingTarget', money(rule.price))
            : t('priceWatchingDrop', formatPercent(rule.percent))}{' '}
          <button
            type="button"
            onClick={() =>
              void sendToWorker('unwatchItem', { itemId: props.product.id }).then(props.changed)
            }
          >
            {t('priceUnwatch')}
          </button>
        </p>
        {justSet && <NotifyOffer />}
      </>
    );
  }
  if (!view.alerts) {
    return (
      <p class="muted" data-testid="alikeep-watch-off">
        {t('priceAlertsOff')}{' '}
        <button type="button" onClick={() => void sendToWorker('openPrivacySettings')}>
          {t('priceOpenPrivacy')}
        </button>
      </p>
    );
  }
  const submit = async () => {
    setError(null);
    const value =
      mode === 'target'
        ? (parseTargetPrice(target, props.currency) ?? NaN)
        : Number(percent.replace(',', '.'));
    if (!Number.isFinite(value) || value <= 0) return setError(t('priceWatchInvalid'));
    // A target the price already meets would never alert: the alert comes when a price gets there.
    const current = view.stats?.current;
    if (mode === 'target' && current !== undefined && value >= current)
      return setError(t('priceWatchTargetMet', money(current)));
    const reply = await sendToWorker('watchItem', {
      itemId: props.product.id,
      variantId: props.variantId,
      currency: props.currency,
      rule: mode === 'target' ? { kind: 'target', price: value } : { kind: 'drop', percent: value },
      alertOnRise: rise,
    });
    if (!reply.ok) return setError(reply.error.message);
    setJustSet(true);
    props.changed();
  };
  return (
    <form
      class="watch"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <select
        aria-label={t('priceWatchKind')}
        value={mode}
        onChange={(e) => setMode(e.currentTarget.value as 'target' | 'drop')}
      >
        <option value="target">{t('priceWatchTarget')}</option>
        <option value="drop">{t('priceWatchDrop')}</option>
      </select>
      {mode === 'target' ? (
        <input
          type="text"
          inputMode="decimal"
          aria-label={t('priceWatchTarget')}
          data-testid="alikeep-watch-target"
          value={target}
          onInput={(e) => setTarget(e.currentTarget.value)}
        />
      ) : (
        <input
          type="number"
          min="1"
          max="99"
          aria-label={t('priceWatchDrop')}
          data-testid="alikeep-watch-percent"
          value={percent}
          onInput={(e) => setPercent(e.currentTarget.value)}
        />
      )}
      <label>
        <input type="checkbox" checked={rise} onChange={(e) => setRise(e.currentTarget.checked)} />
        {t('priceWatchRise')}
      </label>
      <button type="submit" data-testid="alikeep-watch">
        {t('priceWatch')}
      </button>
      {error && (
        <span role="alert" class="error">
          {error}
        </span>
      )}
    </form>
  );
}
