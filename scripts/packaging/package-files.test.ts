import { describe, expect, it } from 'vitest';
import { buildIsFresh, packageFiles, packageName } from './package-files';

describe('packageFiles', () => {
  it('keeps what the browser loads, sorted, and leaves out maps, build records and tests', () => {
    expect(
      packageFiles([
        'service-worker-loader.js',
        'manifest.json',
        'assets/index.ts-Bg6RP_Jl.js',
        'assets/index.ts-Bg6RP_Jl.js.map',
        '.vite/manifest.json',
        'assets/.DS_Store',
        'src/popup/index.html',
        'assets/zip-stream.test.js',
        'e2e/download.spec.ts',
        '_locales/en/messages.json',
        'icons/icon-16.png',
      ]),
    ).toEqual([
      '_locales/en/messages.json',
      'assets/index.ts-Bg6RP_Jl.js',
      'icons/icon-16.png',
      'manifest.json',
      'service-worker-loader.js',
      'src/popup/index.html',
    ]);
  });
});

describe('packageName', () => {
  it('names the browser and the version', () => {
    expect(packageName('chrome', '0.1.0')).toBe('alikeep-chrome-0.1.0.zip');
    expect(packageName('firefox', '1.2.3.4')).toBe('alikeep-firefox-1.2.3.4.zip');
  });

  it('refuses a version the stores would refuse', () => {
    expect(() => packageName('chrome', '0.1.0-beta')).toThrow(
      '"0.1.0-beta" is not a version browsers accept',
    );
  });
});

describe('buildIsFresh', () => {
  it('uses a build newer than every source, rebuilds otherwise or when there is none', () => {
    expect(buildIsFresh(2_000, 1_000)).toBe(true);
    expect(buildIsFresh(1_000, 2_000)).toBe(false);
    expect(buildIsFresh(null, 0)).toBe(false);
  });
});
