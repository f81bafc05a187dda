/**
 * Watches and the decision whether a new price alerts. A watch is a target price or a drop
 * of at least X % from the price when watched, with optional alerts on rises. Pure: the state that
 * prevents repeated alerts lives in the watch record, which price-db.ts stores.
 *
 * Hysteresis: after an alert, a price wobbling around the threshold stays quiet. The drop alert
 * re-arms only once the price is back above the threshold by REARM_MARGIN, and while disarmed only a
 * new low at least REARM_MARGIN under the last alerted price alerts again. Rises mirror this.
 */
import type { RecheckState } from './backoff';
import { priceProblem, samePrice } from './history';

export const REARM_MARGIN = 0.02;

export type WatchRule = { kind: 'target'; price: number } | { kind: 'drop'; percent: number };

export type AlertKind =
  | 'reached' // the price reached the target or the drop
  | 'new-low' // still below, and lower than when we last alerted
  | 'rose' // above the price when watched (alertOnRise)
  | 'new-high'; // still above, and higher than when we last alerted

export interface WatchState {
  dropArmed: boolean;
  /** The price of the last drop alert (or the price when watched, if the target was already met). */
  alertedLow?: number;
  riseArmed: boolean;
  alertedHigh?: number;
  lastPrice: number;
  lastCheckedAt: number;
  lastAlert?: { kind: AlertKind; price: number; at: number };
}

export interface Watch {
  itemId: string;
  /** The variant whose price is watched, or '' for the product-level price. */
  variantId: string;
  currency: string;
  rule: WatchRule;
  alertOnRise: boolean;
  createdAt: number;
  priceWhenWatched: number;
  state: WatchState;
  /** Background rechecks: when the next one is due and how recent ones went. */
  recheck?: RecheckState;
  /**
   * When an alert fired that the user has not seen yet (the toolbar badge counts these); absent once
   * seen. A time rather than a flag because IndexedDB indexes numbers, not booleans: the badge
   * counts through the `byAlertUnseen` index instead of reading every watch.
   */
  alertUnseenAt?: number;
  /** The item's page address, for a watch that came from another browser through sync. */
  url?: string;
}

export interface PriceAlert {
  kind: AlertKind;
  itemId: string;
  variantId: string;
  currency: string;
  price: number;
  previousPrice: number;
  /** The price the alert compares with: the drop threshold, the rise threshold or the last alert. */
  threshold: number;
  at: number;
}

export interface WatchInput {
  itemId: string;
  variantId?: string;
  currency: string;
  rule: WatchRule;
  alertOnRise?: boolean;
}

export type WatchProblem = 'bad-target' | 'bad-percent' | 'bad-price';

export type CreateWatchResult =
  | {
      ok: true;
      watch: Watch;
      /** The target is already met: say so now, alert on new lows. */ alreadyMet: boolean;
    }
  | { ok: false; reason: WatchProblem };

export interface WatchObservation {
  variantId: string;
  currency: string;
  price: number;
  at: number;
}

export type WatchEvaluation =
  | { watch: Watch; alerts: PriceAlert[] }
  | { watch: Watch; alerts: []; ignored: 'other-series' | 'stale' | 'bad-price' };

/** The price at or below which the watch alerts. */
export function dropThreshold(watch: Pick<Watch, 'rule' | 'priceWhenWatched'>): number {
  return watch.rule.kind === 'target'
    ? watch.rule.price
    : watch.priceWhenWatched * (1 - watch.rule.percent / 100);
}

/** The price at or above which a rise alerts: the price when watched plus the margin, not any cent. */
export function riseThreshold(watch: Pick<Watch, 'priceWhenWatched'>): number {
  return watch.priceWhenWatched * (1 + REARM_MARGIN);
}

const atOrBelow = (price: number, limit: number) => price <= limit || samePrice(price, limit);
const atOrAbove = (price: number, limit: number) => price >= limit || samePrice(price, limit);

export function createWatch(
  input: WatchInput,
  current: { price: number; at: number },
): CreateWatchResult {
  const { rule } = input;
  if (priceProblem(current.price)) return { ok: false, reason: 'bad-price' };
  if (rule.kind === 'target' && priceProblem(rule.price))
    return { ok: false, reason: 'bad-target' };
  if (rule.kind === 'drop' && !(rule.percent > 0 && rule.percent < 100)) {
    return { ok: false, reason: 'bad-percent' };
  }
  const base = { rule, priceWhenWatched: current.price };
  const alreadyMet = atOrBelow(current.price, dropThreshold(base));
  const watch: Watch = {
    itemId: input.itemId,
    variantId: input.variantId ?? '',
    currency: input.currency,
    rule,
    alertOnRise: input.alertOnRise ?? false,
    createdAt: current.at,
    priceWhenWatched: current.price,
    state: {
      dropArmed: !alreadyMet,
      ...(alreadyMet && { alertedLow: current.price }),
      riseArmed: true,
      lastPrice: current.price,
      lastCheckedAt: current.at,
    },
  };
  return { ok: true, watch, alreadyMet };
}

/** Applies one observed price to a watch: the new watch record and the alerts to show, if any. */
export function evaluateWatch(watch: Watch, obs: WatchObservation): WatchEvaluation {
  if (obs.variantId !== watch.variantId || obs.currency !== watch.currency) {
    return { watch, alerts: [], ignored: 'other-series' };
  }
  if (obs.at < watch.state.lastCheckedAt) return { watch, alerts: [], ignored: 'stale' };
  if (priceProblem(obs.price)) return { watch, alerts: [], ignored: 'bad-price' };

  const { price, at } = obs;
  const previousPrice = watch.state.lastPrice;
  const state: WatchState = { ...watch.state, lastPrice: price, lastCheckedAt: at };
  const alerts: PriceAlert[] = [];
  const alert = (kind: AlertKind, threshold: number) => {
    const { itemId, variantId, currency } = watch;
    alerts.push({ kind, itemId, variantId, currency, price, previousPrice, threshold, at });
    state.lastAlert = { kind, price, at };
  };

  const low = dropThreshold(watch);
  if (state.dropArmed) {
    if (atOrBelow(price, low)) {
      alert('reached', low);
      state.dropArmed = false;
      state.alertedLow = price;
    }
  } else if (atOrAbove(price, low * (1 + REARM_MARGIN))) {
    state.dropArmed = true;
    delete state.alertedLow;
  } else if (state.alertedLow !== undefined) {
    const limit = state.alertedLow * (1 - REARM_MARGIN);
    if (atOrBelow(price, limit)) {
      alert('new-low', state.alertedLow);
      state.alertedLow = price;
    }
  }

  if (watch.alertOnRise) {
    const high = riseThreshold(watch);
    if (state.riseArmed) {
      if (atOrAbove(price, high)) {
        alert('rose', high);
        state.riseArmed = false;
        state.alertedHigh = price;
      }
    } else if (atOrBelow(price, high * (1 - REARM_MARGIN))) {
      state.riseArmed = true;
      delete state.alertedHigh;
    } else if (state.alertedHigh !== undefined) {
      if (atOrAbove(price, state.alertedHigh * (1 + REARM_MARGIN))) {
        alert('new-high', state.alertedHigh);
        state.alertedHigh = price;
      }
    }
  }
  return { watch: { ...watch, state }, alerts };
}

/** Percent change of the last seen price against the price when watched (negative = cheaper). */
export function changeSinceWatched(watch: Watch): number {
  return ((watch.state.lastPrice - watch.priceWhenWatched) / watch.priceWhenWatched) * 100;
}
