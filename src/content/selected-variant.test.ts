import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { chosenChipNames, selectedVariantId } from './selected-variant';

const variants = [
  { id: '1', name: 'Red' },
  { id: '2', name: 'Blue' },
  { id: '3', name: 'Green' },
];

const doc = (html: string) =>
  parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe('selected variant', () => {
  it('reads the 2022 chips: the selected list item, named by its title', () => {
    const d = doc(`<ul><li class="sku-property-item" title="Red"><img alt="Red"></li>
      <li class="sku-property-item selected" title="Blue"><img alt="Blue"></li></ul>`);
    expect(chosenChipNames(d)).toEqual(['Blue']);
    expect(selectedVariantId(d, variants)).toBe('2');
  });

  it('reads hashed-class chips marked --selected--, named by the image alt', () => {
    const d = doc(`<div class="sku-item--image--jMUnnGA" data-sku-col="14-1"><img alt="Red"></div>
      <div class="sku-item--image--jMUnnGA sku-item--selected--blWwzpV" data-sku-col="14-3"><img alt="Green"></div>`);
    expect(selectedVariantId(d, variants)).toBe('3');
  });

  it('reads a chosen chip inside a matching wrapper that is never chosen itself', () => {
    const d = doc(`<div class="SnowSku_SkuPropertyItem__skuProp__a1b2">
      <div class="SnowSku_SkuPropertyItem__item__c3d4" title="Red"></div>
      <div class="SnowSku_SkuPropertyItem__item__c3d4 SnowSku_SkuPropertyItem__active__e5f6" title="Green"></div>
    </div>`);
    expect(chosenChipNames(d)).toEqual(['Green']);
    expect(selectedVariantId(d, variants)).toBe('3');
  });

  it('combines several properties and accepts aria-checked', () => {
    const multi = [
      { id: 'a', name: 'Red / XL' },
      { id: 'b', name: 'Red / M' },
      { id: 'c', name: 'Blue / M' },
    ];
    const d = doc(`<div data-sku-col="14-1" aria-checked="true" title="Red"></div>
      <div data-sku-col="5-2" aria-checked="true" title="M"></div><div data-sku-col="5-3" title="XL"></div>`);
    expect(selectedVariantId(d, multi)).toBe('b');
    const onlyColour = doc(`<div data-sku-col="14-2" class="active" title="Blue"></div>`);
    expect(selectedVariantId(onlyColour, multi)).toBe('c');
  });

  it('says nothing when no chip is chosen or the chosen one names no variant', () => {
    expect(selectedVariantId(doc('<div data-sku-col="14-1" title="Red"></div>'), variants)).toBe(
      undefined,
    );
    expect(
      selectedVariantId(
        doc('<div data-sku-col="14-9" class="selected" title="Purple"></div>'),
        variants,
      ),
    ).toBe(undefined);
  });
});
