import { describe, expect, it } from 'vitest';
import { parseExport, toJson } from '../../src/prices/export-format';
import { catalog } from '../../e2e/store/catalog';
import { demoHistory } from './demo-history';

const now = Date.UTC(2026, 10, 23, 12);

describe('demoHistory', () => {
  const product = catalog.module;
  const file = demoHistory(product, now);

  it('is a file the extension’s importer accepts', () => {
    const parsed = parseExport(toJson(file));
    expect(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.problem)).toBe(true);
  });

  it('covers the product-level price and every variant, dearer than today and in time order', () => {
    const [item] = file.items;
    expect(item!.itemId).toBe(product.id);
    expect(item!.series.map((s) => s.variantId)).toEqual([
      '',
      ...product.variants.map((v) => v.skuId),
    ]);
    const variantPrice = new Map(product.variants.map((v) => [v.skuId, v.price]));
    variantPrice.set('', product.variants[0]!.price);
    for (const series of item!.series) {
      const ats = series.points.map((p) => p.at);
      expect(ats).toEqual([...ats].sort((a, b) => a - b));
      expect(ats[0]).toBeGreaterThanOrEqual(now - 120 * 24 * 3600 * 1000);
      expect(ats.at(-1)).toBeLessThan(now);
      for (const point of series.points) {
        expect(point.price).toBeGreaterThan(variantPrice.get(series.variantId)!);
      }
    }
  });
});
