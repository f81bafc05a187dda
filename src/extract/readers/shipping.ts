/**
 * Shipping as the page states it: the first delivery option's `bizData` (Module, init-data,
 * Component and CSR pages all use this layout list) plus any ready-made text.
 */
import { currencyCode } from '../currency';
import type { Shipping } from '../model';
import { at, num, objs, obj, str } from '../values';
import { textIn } from './amounts';

export function readShipping(
  layoutList: unknown,
  currency: string | undefined,
  text?: unknown,
): Shipping | undefined {
  const out: Shipping = {};
  const label = str(text);
  if (label) out.text = label;
  const first = objs(layoutList)[0];
  const biz = obj(at(first, 'bizData')) ?? first;
  if (biz) {
    const fee = str(biz['shippingFee'])?.toLowerCase();
    if (fee === 'free') {
      out.free = true;
      out.cost = 0;
    } else {
      if (fee === 'charge') out.free = false;
      // `logisticsComposeThreshold` is the free-shipping threshold, not a cost: never read it here.
      const own = currencyCode(biz['displayCurrency']);
      const amount = num(biz['displayAmount']);
      if (amount !== undefined && (!own || !currency || own === currency)) out.cost = amount;
      else {
        const parsed = textIn(biz['formattedAmount'], currency);
        if (parsed && parsed.currency === currency) out.cost = parsed.min;
      }
      if (out.cost === 0) out.free = true;
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
