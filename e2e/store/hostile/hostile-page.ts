/** Renders one case of the hostile-page corpus (hostile-cases.ts) as a "Module" item page. */
import { itemDom } from '../pages/item-dom';
import { inlineScript, page, scriptJson } from '../pages/layout';
import { moduleData } from '../pages/module-data';
import { MODULE_LOOK } from '../pages/module-page';
import { hostileCase, type HostileCase, type ModuleData } from './hostile-cases';
import { HOSTILE_ID_PREFIX, hostilePrice, hostileProduct } from './hostile-product';

/** Thumbnails the markup shows; a 500-image gallery lives in the data, not in 500 <img> tags. */
const MARKUP_IMAGES = 6;

function dataScript(c: HostileCase, data: ModuleData): string {
  if (c.data === 'drop') return '';
  c.data?.(data);
  const json = scriptJson(data);
  const code = c.dataScript
    ? c.dataScript(json)
    : `window.runParams = {\n data: ${json}, csrfToken: 'demo', abVersion: '', abtestMap: {} };`;
  return inlineScript(code);
}

export function renderHostileCase(c: HostileCase): string {
  const p = hostileProduct(c.n, c.product ?? {});
  const price = hostilePrice(p, c.product?.price);
  const data = JSON.parse(JSON.stringify(moduleData(p, price))) as ModuleData;
  const head = typeof c.head === 'function' ? c.head(p, price) : c.head;
  const shown = { ...p, gallery: p.gallery.slice(0, MARKUP_IMAGES) };
  return page({
    lang: 'en',
    title: `${p.title} - AliExpress`,
    head: `${head ? inlineScript(head) : ''}<link rel="canonical" href="${p.url}">`,
    body: [
      c.noMarkup
        ? '<main class="demo-main"><p>Loading…</p></main>'
        : itemDom(shown, price, MODULE_LOOK),
      dataScript(c, data),
      c.tail ? inlineScript(c.tail) : '',
      c.extra ?? '',
    ].join('\n'),
  });
}

/** The page for /item/<id>.html when the id is a hostile case's, else undefined. */
export function hostilePage(id: string): string | undefined {
  if (!id.startsWith(HOSTILE_ID_PREFIX) || id.length !== HOSTILE_ID_PREFIX.length + 2) return;
  const c = hostileCase(Number(id.slice(HOSTILE_ID_PREFIX.length)));
  return c && renderHostileCase(c);
}
