/**
 * Which variant the shopper has chosen, read from the page's variant chips. Pages mark the chosen
 * chip with a class containing "selected" or "active", or with aria-checked/aria-selected; chips
 * name themselves with a title, an image's alt text, or their text.
 */
import type { Variant } from '../extract/model';

const CHIP_SELECTOR = [
  '[data-sku-col]',
  '.sku-property-item',
  '[data-sku-id]',
  '[class*="sku-item--image"]',
  '[class*="sku-item--text"]',
  '[class*="SkuPropertyItem"]',
].join(',');
const MAX_CHIPS = 400;

function isChosen(el: Element): boolean {
  const cls = el.getAttribute('class') ?? '';
  return (
    /(^|[\s_-])(selected|active)($|[\s_-])/i.test(cls) ||
    /--selected--/.test(cls) ||
    el.getAttribute('aria-checked') === 'true' ||
    el.getAttribute('aria-selected') === 'true'
  );
}

function chipName(el: Element): string | undefined {
  const name =
    el.getAttribute('title') ??
    el.querySelector('img')?.getAttribute('alt') ??
    el.textContent ??
    '';
  const clean = name.replace(/\s+/g, ' ').trim();
  return clean && clean.length <= 200 ? clean : undefined;
}

/** The names of the chosen chips, in page order. */
export function chosenChipNames(root: ParentNode): string[] {
  const names: string[] = [];
  const chips = root.querySelectorAll(CHIP_SELECTOR);
  for (let i = 0; i < chips.length && i < MAX_CHIPS; i++) {
    const chip = chips[i]!;
    if (!isChosen(chip)) continue;
    // A chip inside a chosen chip (an image in a list item) counts once, as its outer element; one
    // inside a wrapper that matches but is never chosen (a property's row of chips) counts itself.
    const outer = chip.parentElement?.closest(CHIP_SELECTOR);
    if (outer && isChosen(outer)) continue;
    const name = chipName(chip);
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase().trim();

/** The variant whose name parts are exactly the chosen chips, or undefined. */
export function selectedVariantId(root: ParentNode, variants: Variant[]): string | undefined {
  const chosen = chosenChipNames(root).map(fold);
  if (chosen.length === 0) return undefined;
  const wanted = [...chosen].sort().join('\u0000');
  for (const v of variants) {
    const parts = v.name.split(' / ').map(fold).sort().join('\u0000');
    if (parts === wanted) return v.id;
  }
  // Several properties where only some are chosen: a unique variant containing all of them.
  const partial = variants.filter((v) => {
    const parts = v.name.split(' / ').map(fold);
    return chosen.every((c) => parts.includes(c));
  });
  return partial.length === 1 ? partial[0]!.id : undefined;
}
