/**
 * What goes into a store package: the built extension as the browser loads it, and nothing that
 * only serves development (source maps, Vite's build records, tests, dot-files).
 */

/** Paths relative to the build folder, with forward slashes. */
export function packageFiles(paths: readonly string[]): string[] {
  return paths
    .filter((path) => {
      const parts = path.split('/');
      if (parts.some((part) => part.startsWith('.'))) return false; // .vite/, .DS_Store, ...
      const name = parts[parts.length - 1]!;
      if (/\.map$/i.test(name)) return false;
      if (/\.(test|spec)\.[cm]?[jt]sx?$/i.test(name)) return false;
      return true;
    })
    .sort();
}

/** `alikeep-chrome-0.1.0.zip`: the name tells the browser and the version. */
export function packageName(browser: 'chrome' | 'firefox', version: string): string {
  if (!/^\d+(\.\d+){0,3}$/.test(version)) {
    throw new Error(
      `"${version}" is not a version browsers accept (1 to 4 dot-separated numbers).`,
    );
  }
  return `alikeep-${browser}-${version}.zip`;
}

/**
 * Whether the build in dist/ can be packed as it is: it exists and is newer than every file it is
 * built from.
 */
export function buildIsFresh(builtAt: number | null, newestSource: number): boolean {
  return builtAt !== null && builtAt >= newestSource;
}
