/** Drift: every host src/ contacts or names is declared. */
import { describe, expect, it } from 'vitest';
import { policy } from '../policy';
import { fixture } from '../test-policies';
import { checkHosts, hostOfUrl, scanRequests, scanUrlLiterals } from './hosts';
import { collectConstants } from './literals';
import { readSourceFiles } from './src-files';
import type { SourceFile } from './source-text';

const src = readSourceFiles();

/** Problems of one synthetic file against the fixture (`saver`, `recheck` planned by default). */
function problems(text: string, p = fixture()): string[] {
  const files: SourceFile[] = [{ path: 'src/feature.ts', text }];
  return checkHosts(scanUrlLiterals(files), scanRequests(files, collectConstants(files)), p);
}

/** The fixture with the recheck feature also opening shop pages in background tabs. */
function withTabAccess(status: 'planned' | 'shipped') {
  const p = fixture({ recheck: status });
  p.hostAccess.push({
    id: 'recheck-tab',
    patterns: ['*://*.shop.example/item/*'],
    kind: 'optional',
    uses: ['tab'],
    why: 'Opens watched item pages in a background tab.',
    features: ['recheck'],
    recipient: 'shop',
  });
  return p;
}

describe('hosts in src/', () => {
  it('are all declared: requests go to recipients or media hosts, URLs name declared sites', () => {
    const constants = collectConstants(src);
    expect(checkHosts(scanUrlLiterals(src), scanRequests(src, constants), policy)).toEqual([]);
  });
});

describe('the host check fails when', () => {
  it('code requests a host nobody declared', () => {
    expect(problems(`await fetch('https://collect.example.com/v1', { method: 'POST' });`)).toEqual([
      'src/feature.ts:1 names host collect.example.com, which no host access, recipient or linked site in policy/ declares',
      "src/feature.ts:1 (fetch) requests collect.example.com, which is neither a declared recipient's host nor a media host; declare it in policy/features/",
    ]);
    expect(
      problems(`navigator.sendBeacon(ENDPOINT, data);\nconst ENDPOINT = 'https://t.example/b';`),
    ).toHaveLength(2);
    expect(problems(`new WebSocket('wss://live.example.net/socket');`)).toHaveLength(2);
  });

  it('code requests a URL it computes, even beside a function named fetch', () => {
    const text = [
      'const wrapper = { fetch(input) { return apply(nativeFetch, this, arguments); } };',
      'function fetch(url) {',
      '  return wrapper.fetch(url);',
      '}',
      'await fetch(url);',
      'await window.fetch(`${base}/x`);',
    ].join('\n');
    expect(problems(text)).toEqual([
      'src/feature.ts:5 (fetch) requests a URL the policy check cannot read; add `// policy-hosts: <host-access id>` on the line before, naming the declared hosts it may reach, and refuse other URLs at run time',
      'src/feature.ts:6 (fetch) requests a URL the policy check cannot read; add `// policy-hosts: <host-access id>` on the line before, naming the declared hosts it may reach, and refuse other URLs at run time',
    ]);
  });

  it('code requests a media host or recipient before its feature is marked shipped', () => {
    const text = [
      `const CDN = 'https://img.cdn.example/kf/';`,
      'await fetch(`${CDN}${hash}.jpg`, { credentials: "omit" });',
      `await browser.downloads.download({ url: 'https://video.cdn.example/play/1.mp4' });`,
      `await fetch('https://www.shop.example/item/1005.html');`,
    ].join('\n');
    expect(problems(text)).toEqual([
      'src/feature.ts:2 (fetch) requests a URL the policy check cannot read; add `// policy-hosts: <host-access id>` on the line before, naming the declared hosts it may reach, and refuse other URLs at run time',
      "src/feature.ts:3 (download) requests video.cdn.example, declared only for planned features; set their status to 'shipped' now that the code exists",
      "src/feature.ts:4 (fetch) requests www.shop.example, declared only for planned features; set their status to 'shipped' now that the code exists",
    ]);
    expect(problems(text, fixture({ saver: 'shipped', recheck: 'shipped' }))).toHaveLength(1);
  });

  it('a computed URL carries no `policy-hosts` note, or names an unknown host access', () => {
    expect(problems(`const r = await fetch(url);`)).toHaveLength(1);
    expect(problems(`// policy-hosts: everywhere\nconst r = await fetch(url);`)).toEqual([
      'src/feature.ts:2 (fetch): policy-hosts names "everywhere", which is not a host access declared for fetch or media',
    ]);
    // shop-pages is declared for the content script, not for requests.
    expect(problems(`fetch(url); // policy-hosts: shop-pages`)).toHaveLength(1);
  });

  it('a `policy-hosts` note names a host access of a planned feature', () => {
    const text = `// policy-hosts: media\nconst blob = await (await fetch(mediaUrl)).blob();`;
    expect(problems(text)).toEqual([
      'src/feature.ts:2 (fetch): host access "media" belongs to planned feature(s) saver; set their status to \'shipped\' now that the code exists',
    ]);
    expect(problems(text, fixture({ saver: 'shipped' }))).toEqual([]);
  });

  it('code opens a page in a background tab that no host access declares for tabs', () => {
    const shipped = fixture({ recheck: 'shipped' });
    // The shop is a fetch recipient, but fetching is not opening a tab with the user's cookies.
    expect(
      problems(
        `await browser.tabs.create({ url: 'https://www.shop.example/item/1.html', active: false });`,
        shipped,
      ),
    ).toEqual([
      'src/feature.ts:1 (tab) opens www.shop.example in a background tab, which no host access declares for tab; declare it in policy/features/',
    ]);
    const computed = `// policy-hosts: recheck\nconst tab = await browser.tabs.create({ url: watched + '#x', active: false });`;
    expect(problems(computed, shipped)).toEqual([
      'src/feature.ts:2 (tab): policy-hosts names "recheck", which is not a host access declared for tab',
    ]);
    expect(problems(`chrome.tabs.create({ url: pageUrl, active: false });`, shipped)).toEqual([
      'src/feature.ts:1 (tab) requests a URL the policy check cannot read; add `// policy-hosts: <host-access id>` on the line before, naming the declared hosts it may reach, and refuse other URLs at run time',
    ]);
    expect(
      problems(
        `// policy-hosts: recheck-tab\nbrowser.tabs.create({ url, active: false });`,
        withTabAccess('planned'),
      ),
    ).toEqual([
      'src/feature.ts:2 (tab): host access "recheck-tab" belongs to planned feature(s) recheck; set their status to \'shipped\' now that the code exists',
    ]);
  });

  it('a URL names an undeclared host even if nothing fetches it yet', () => {
    expect(problems(`export const HELP = 'https://help.example.org/alikeep';`)).toHaveLength(1);
  });
});

describe('the host check accepts', () => {
  it("the extension's own files, declared sites, comments and XML namespaces", () => {
    const text = [
      `const data = await fetch(browser.runtime.getURL('data.json')); // policy-hosts: package`,
      `await fetch('/locales/en.json');`,
      `const page = 'https://www.shop.example/item/_1.html';`,
      `// See https://developer.chrome.com/docs/extensions for why`,
      `const svg = 'http://www.w3.org/2000/svg';`,
      `const base = new URL(path, 'https://x.invalid/');`,
      'const u = `https://${host}/item/${id}.html`;',
      `cache.fetch(key);`,
    ].join('\n');
    expect(problems(text)).toEqual([]);
  });

  it('requests to shipped media hosts and recipients, also through a constant', () => {
    const text = [
      `await fetch('https://pic.cdn.example/kf/S1.jpg');`,
      `const VIDEO = 'https://video.cdn.example/v.mp4';`,
      `const SAME = VIDEO;`,
      `await fetch(SAME);`,
      `// policy-hosts: recheck`,
      `await fetch(watched.url, { credentials: 'omit' });`,
      `// policy-hosts: media, package`,
      `await browser.downloads.download({ url: blobUrlOrMediaUrl, filename });`,
    ].join('\n');
    expect(problems(text, fixture({ saver: 'shipped', recheck: 'shipped' }))).toEqual([]);
  });
});

describe('the host check on tabs', () => {
  it('accepts a background tab to a host declared for tabs, and leaves tabs opened in front alone', () => {
    const text = [
      `// policy-hosts: recheck-tab`,
      `const tab = await browser.tabs.create({ url: url + FRAGMENT, active: false });`,
      `await browser.tabs.create({ url: 'https://www.shop.example/item/2.html', active: false });`,
      `await chrome.tabs.create({ url: clickedUrl, active: true });`,
      `await browser.tabs.create({ url: browser.runtime.getURL('consent.html') });`,
    ].join('\n');
    expect(problems(text, withTabAccess('shipped'))).toEqual([]);
  });
});

describe('hostOfUrl', () => {
  it('reads hosts of absolute URLs only', () => {
    expect(hostOfUrl('https://AE01.alicdn.com/kf/x.jpg')).toBe('ae01.alicdn.com');
    expect(hostOfUrl('//ae01.alicdn.com/kf/x.jpg')).toBe('ae01.alicdn.com');
    expect(hostOfUrl('https://user@evil.example/')).toBe('evil.example');
    expect(hostOfUrl('https://')).toBe('');
    expect(hostOfUrl('/item/1.html')).toBeNull();
  });
});
