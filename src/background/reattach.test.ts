import { beforeEach, describe, expect, it, vi } from 'vitest';
import manifestConfig from '../../manifest.config';

interface Entry {
  js?: string[];
  matches?: string[];
  world?: string;
}

const state = vi.hoisted(() => ({
  entries: [] as Entry[],
  tabs: [] as { id?: number; url?: string }[],
  injected: [] as { tabId: number; files: string[]; world: string }[],
  closeOnInject: new Set<number>(),
}));

/** Chrome's match patterns, as far as the manifest's `scheme://host/path*` ones need. */
function matches(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/(\*\.)?([^/]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`unexpected pattern ${pattern}`);
  const u = new URL(url);
  const scheme = m[1] === '*' ? ['http:', 'https:'] : [`${m[1]}:`];
  const host = m[2] ? u.hostname === m[3] || u.hostname.endsWith(`.${m[3]}`) : u.hostname === m[3];
  const path = new RegExp(`^${m[4]!.replace(/[.?+^$()[\]{}|\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return scheme.includes(u.protocol) && host && path.test(u.pathname + u.search);
}

vi.mock('../shared/browser', () => ({
  browser: {
    runtime: { getManifest: () => ({ content_scripts: state.entries }) },
    tabs: {
      query: async ({ url }: { url: string[] }) =>
        state.tabs.filter((t) => t.url && url.some((p) => matches(p, t.url!))),
    },
    scripting: {
      executeScript: async (o: { target: { tabId: number }; files: string[]; world: string }) => {
        if (state.closeOnInject.has(o.target.tabId)) throw new Error('No tab with id');
        state.injected.push({ tabId: o.target.tabId, files: o.files, world: o.world });
        return [];
      },
    },
  },
}));
vi.mock('../shared/log', () => ({ log: { info: vi.fn() } }));

const { reattachContentScripts } = await import('./reattach');

/** The manifest's content scripts as manifest.config.ts declares them. */
async function declaredEntries(): Promise<Entry[]> {
  const make = manifestConfig as unknown as (env: unknown) => unknown;
  const built = (await (typeof manifestConfig === 'function'
    ? make({ mode: 'production', command: 'build' })
    : manifestConfig)) as { content_scripts: Entry[] };
  return built.content_scripts;
}

const TABS = {
  com: { id: 1, url: 'https://www.aliexpress.com/item/1005001234567890.html' },
  mobile: { id: 2, url: 'https://m.aliexpress.com/item/1005001234567890.html?spm=x' },
  us: { id: 3, url: 'https://www.aliexpress.us/item/3256801234567890.html' },
  ru: { id: 4, url: 'https://aliexpress.ru/item/1005001234567890.html' },
  alibaba: { id: 5, url: 'https://www.alibaba.com/product-detail/Shoes_1600000000001.html' },
  store: { id: 6, url: 'https://www.aliexpress.com/store/1234' },
  other: { id: 7, url: 'https://example.com/item/1005001234567890.html' },
  notAnItem: { id: 8, url: 'https://www.aliexpress.com/item/cart.html' },
};

const HAND_OFF = 'src/content/page-data/page-data.iife.ts';
const CAPTURE = 'src/content/page-data/capture-product-data.iife.ts';

/** What each tab got, in order, as `world:file`. */
function injectedInto(tabId: number): string[] {
  return state.injected
    .filter((i) => i.tabId === tabId)
    .flatMap((i) => i.files.map((f) => `${i.world}:${f}`));
}

beforeEach(async () => {
  state.entries = await declaredEntries();
  state.tabs = Object.values(TABS);
  state.injected = [];
  state.closeOnInject = new Set();
});

describe('re-attaching to open tabs after an install or update', () => {
  it("gives each site's item tabs that site's scripts only, the MAIN-world ones first", async () => {
    await reattachContentScripts();
    for (const tab of [TABS.com, TABS.mobile, TABS.us]) {
      expect(injectedInto(tab.id), tab.url).toEqual([
        `MAIN:${HAND_OFF}`,
        'ISOLATED:src/content/item-page-aliexpress.iife.ts',
      ]);
    }
    expect(injectedInto(TABS.ru.id)).toEqual([
      `MAIN:${HAND_OFF}`,
      `MAIN:${CAPTURE}`,
      'ISOLATED:src/content/item-page-aliexpress-ru.iife.ts',
    ]);
    expect(injectedInto(TABS.alibaba.id)).toEqual([
      `MAIN:${HAND_OFF}`,
      'ISOLATED:src/content/item-page-alibaba.iife.ts',
    ]);
  });

  it('leaves other pages alone, even where a pattern would cover them', async () => {
    await reattachContentScripts();
    for (const tab of [TABS.store, TABS.other, TABS.notAnItem])
      expect(injectedInto(tab.id), tab.url).toEqual([]);
  });

  it('goes on with the other tabs when one closes in between', async () => {
    state.closeOnInject = new Set([TABS.com.id]);
    await reattachContentScripts();
    expect(injectedInto(TABS.com.id)).toEqual([]);
    expect(injectedInto(TABS.ru.id)).toHaveLength(3);
    expect(injectedInto(TABS.alibaba.id)).toHaveLength(2);
  });
});
