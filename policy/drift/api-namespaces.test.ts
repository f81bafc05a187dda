/** Drift: the extension APIs used in src/ and the permissions of the built manifest agree. */
import { describe, expect, it } from 'vitest';
import { policy } from '../policy';
import { fixture, fixtureShipped } from '../test-policies';
import { checkApiPermissions, checkBrowserImports, scanApiUses } from './api-namespaces';
import { readSourceFiles } from './src-files';
import type { SourceFile } from './source-text';

const src = readSourceFiles();

/** Code that uses what the fixture's shipped features declare, so synthetic files only add to it. */
const fixtureCode: SourceFile = {
  path: 'src/base.ts',
  text: `await browser.scripting.executeScript(x);\nawait browser.storage.local.get('prefs');`,
};

/** Problems of one synthetic file (plus the fixture's code) against the fixture. */
function problems(text: string, p = fixture()): string[] {
  const file: SourceFile = { path: 'src/feature.ts', text };
  return checkApiPermissions(scanApiUses([fixtureCode, file]), p);
}

describe('extension APIs in src/', () => {
  it('are all covered by a permission in the built manifest, and every permission is used', () => {
    expect(checkApiPermissions(scanApiUses(src), policy)).toEqual([]);
  });

  it('reach the browser only through src/shared/browser.ts', () => {
    expect(checkBrowserImports(src)).toEqual([]);
    expect(src.some((f) => f.path === 'src/shared/browser.ts')).toBe(true);
  });
});

describe('the API check fails when', () => {
  it('code uses an API whose permission is not declared', () => {
    expect(
      problems(`import { browser } from '../shared/browser';\nawait browser.bookmarks.getTree();`),
    ).toEqual([
      'src/feature.ts:2 uses browser.bookmarks, but the policy declares no "bookmarks" permission; declare it in the feature\'s file under policy/features/',
    ]);
  });

  it('code uses the API of a feature still marked planned', () => {
    expect(problems(`chrome.downloads.download({ url });`)).toEqual([
      'src/feature.ts:1 uses browser.downloads, whose "downloads" permission belongs to planned feature(s) saver; set their status to \'shipped\' in policy/features/ now that the code exists',
    ]);
    expect(problems(`chrome.downloads.download({ url });`, fixture({ saver: 'shipped' }))).toEqual(
      [],
    );
  });

  it('code reaches an API by bracket, destructuring or the global object', () => {
    expect(problems(`browser['notifications'].create('x', o);`)).toHaveLength(1);
    expect(problems(`const { alarms } = browser;`)).toHaveLength(1);
    expect(problems(`globalThis.chrome.history.search({ text: '' });`)).toHaveLength(1);
    // The light door of src/shared/native.ts is the same `chrome`, with or without `!` or `?.`.
    expect(problems(`native!.bookmarks.getTree();`)).toHaveLength(1);
    expect(problems(`native?.history.search({ text: '' });`)).toHaveLength(1);
    expect(problems(`browser[name].get();`)[0]).toMatch(
      /browser\.\[computed\], which policy\/drift/,
    );
  });

  it('code uses a namespace the checker does not know', () => {
    expect(problems(`browser.tabGroups.query({});`)).toEqual([
      'src/feature.ts:1 uses browser.tabGroups, which policy/drift/api-namespaces.ts does not know; add it with the permission it needs',
    ]);
  });

  it('a declared permission is not used (minimum permission)', () => {
    const withoutScripting = scanApiUses([fixtureCode]).filter((u) => u.namespace !== 'scripting');
    expect(checkApiPermissions(withoutScripting, fixture())).toEqual([
      'permission "scripting" is in the built manifest but no code under src/ uses its API; remove it, or mark the features that need it \'planned\' until their code exists (minimum permission)',
    ]);
    // Shipping a feature without its code is caught the same way.
    expect(checkApiPermissions(scanApiUses([fixtureCode]), fixtureShipped())).toEqual(
      ['downloads', 'alarms', 'notifications'].map(
        (name) =>
          `permission "${name}" is in the built manifest but no code under src/ uses its API; remove it, or mark the features that need it 'planned' until their code exists (minimum permission)`,
      ),
    );
  });

  it('another module imports the polyfill', () => {
    const files: SourceFile[] = [
      { path: 'src/x.ts', text: `import browser from 'webextension-polyfill';` },
      { path: 'src/y.ts', text: `import type { Tabs } from 'webextension-polyfill';` },
      { path: 'src/shared/browser.ts', text: `import browser from 'webextension-polyfill';` },
    ];
    expect(checkBrowserImports(files)).toEqual([
      'src/x.ts:1 imports webextension-polyfill; import { browser } from src/shared/browser.ts instead, so the policy drift tests see every API it uses',
    ]);
  });
});

describe('the API scanner ignores', () => {
  it('comments, strings, other objects and types', () => {
    const text = [
      '// browser.downloads.download() will come later',
      "const label = 'chrome.bookmarks';",
      'const x = tab.browser.history;',
      'let s: Browser.Storage;',
      '/* chrome.cookies */',
    ].join('\n');
    expect(scanApiUses([{ path: 'src/a.ts', text }])).toEqual([]);
  });
});
