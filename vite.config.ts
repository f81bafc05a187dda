import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { Resvg } from '@resvg/resvg-js';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.config.ts';

/** Preact's one write of an HTML string, and what replaces it (see noHtmlStrings). */
const HTML_WRITE = /\b[A-Za-z_$][\w$]*\.innerHTML=[A-Za-z_$][\w$]*\.__html\b/g;
const REFUSE_HTML = '(()=>{throw new Error("dangerouslySetInnerHTML is not supported")})()';

export const ICON_SIZES = [16, 32, 48, 128] as const;

/** Renders public/icon.svg to the PNG sizes the manifest names (icons/icon-<size>.png). */
function icons(): Plugin {
  return {
    name: 'alikeep-icons',
    generateBundle() {
      const svg = readFileSync('public/icon.svg', 'utf8');
      for (const size of ICON_SIZES) {
        const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
        this.emitFile({ type: 'asset', fileName: `icons/icon-${size}.png`, source: png });
      }
    },
  };
}

/**
 * crxjs bundles `.iife.ts` content scripts in a separate build that does not minify. They are the
 * code every item page parses, so they are minified here once the bundle is written, with terser:
 * its extra passes save about 4% over esbuild's minifier, which keeps the first script under 20 KB.
 */
function minifyIifeScripts(): Plugin {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? files(join(dir, e.name))
        : e.name.endsWith('.iife.js')
          ? [join(dir, e.name)]
          : [],
    );
  return {
    name: 'alikeep-minify-iife',
    apply: 'build',
    async closeBundle() {
      for (const file of files('dist')) {
        // The crxjs IIFE build does not run this config's plugins: the panel app bundles its own
        // Preact, whose HTML-string write is removed here as noHtmlStrings() does for the rest.
        const source = readFileSync(file, 'utf8').replace(HTML_WRITE, REFUSE_HTML);
        if (/\.innerHTML\s*=/.test(source)) throw new Error(`${file} writes innerHTML.`);
        const { code } = await minify(source, {
          ecma: 2020,
          compress: { passes: 3 },
          mangle: { toplevel: true },
          format: { comments: false },
        });
        if (code) writeFileSync(file, code);
      }
    },
  };
}

/**
 * crxjs lists every `?script` import as a web-accessible resource for all sites. The panel app is
 * only ever injected by the worker (scripting.executeScript needs no such entry), and exposing it
 * would let any site detect the extension, so the entry is removed from the built manifest.
 */
function keepInjectedScriptsPrivate(): Plugin {
  return {
    name: 'alikeep-private-injected-scripts',
    apply: 'build',
    closeBundle() {
      const path = join('dist', 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
        web_accessible_resources?: { resources: string[] }[];
      };
      const injected = (r: string) => r.startsWith('src/content/app/');
      const kept = (manifest.web_accessible_resources ?? [])
        .map((entry) => ({ ...entry, resources: entry.resources.filter((r) => !injected(r)) }))
        .filter((entry) => entry.resources.length > 0);
      if (kept.length > 0) manifest.web_accessible_resources = kept;
      else delete manifest.web_accessible_resources;
      writeFileSync(path, JSON.stringify(manifest, null, 2));
    },
  };
}

/**
 * Removes Preact's one HTML-string path (the `innerHTML` write behind `dangerouslySetInnerHTML`)
 * from the bundle. AliKeep never turns strings into markup (src/static-safety.test.ts), and
 * addons.mozilla.org flags that write; a use of the prop would now throw instead of parsing HTML.
 * The build fails if a Preact update changes the code this expects.
 */
function noHtmlStrings(): Plugin {
  const preactModule = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(mjs|module\.js)$/;
  const write = HTML_WRITE;
  let patched = false;
  return {
    name: 'alikeep-no-html-strings',
    apply: 'build',
    transform(code, id) {
      if (!preactModule.test(id)) return null;
      const writes = code.match(write) ?? [];
      if (writes.length !== 1) {
        this.error(`Expected one innerHTML write in ${id}, found ${writes.length}.`);
      }
      patched = true;
      return { code: code.replace(write, REFUSE_HTML), map: null };
    },
    generateBundle() {
      if (!patched) this.error('Preact was bundled without its innerHTML write removed.');
    },
  };
}

export default defineConfig({
  plugins: [
    preact(),
    noHtmlStrings(),
    icons(),
    crx({ manifest }),
    minifyIifeScripts(),
    keepInjectedScriptsPrivate(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome116',
    sourcemap: false,
    rollupOptions: {
      // Pages the manifest does not name: the offscreen document, the consent and policy pages.
      input: {
        offscreen: 'src/offscreen/index.html',
        consent: 'src/consent/index.html',
        policy: 'src/consent/policy.html',
        // The window the price panel opens to ask for notifications (alert-notifications.ts).
        notifications: 'src/consent/notifications.html',
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    hmr: { port: 5173 },
  },
});
