import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { Resvg } from '@resvg/resvg-js';
import { build as viteBuild, defineConfig, type Plugin, type Rollup } from 'vite';
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

/** The toolbar popup: built by onePagePopup() below, not from the HTML's own script tag. */
const POPUP_HTML = 'src/popup/index.html';
const POPUP_ENTRY = 'src/popup/main.tsx';

/**
 * Builds the toolbar popup as one script and one style sheet. The popup is the page users open
 * most, and each module file a page imports is one more request before its script runs: split
 * into the chunks it shares with the other pages, the popup loaded eleven. Its own build inlines
 * them (the other pages keep the shared chunks), and the popup's HTML is rewritten to load it.
 */
function onePagePopup(): Plugin {
  const tags =
    /^\s*<(script type="module"[^>]*><\/script|link rel="(modulepreload|stylesheet)"[^>]*)>\n/gm;
  const replaced: string[] = [];
  return {
    name: 'alikeep-one-file-popup',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find(
        (file): file is Rollup.OutputChunk =>
          file.type === 'chunk' && file.isEntry && (file.facadeModuleId ?? '').endsWith(POPUP_HTML),
      );
      if (!entry) this.error(`${POPUP_HTML} was not built.`);
      // The split entry and its own style sheet, loaded by nothing once the popup has its own build.
      replaced.push(entry.fileName);
      for (const css of entry.viteMetadata?.importedCss ?? []) {
        const shared = Object.values(bundle).some(
          (file) =>
            file !== entry && file.type === 'chunk' && file.viteMetadata?.importedCss.has(css),
        );
        if (!shared) replaced.push(css);
      }
    },
    async closeBundle() {
      const built = (await viteBuild({
        configFile: false,
        logLevel: 'warn',
        plugins: [preact(), noHtmlStrings()],
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          copyPublicDir: false,
          target: 'chrome116',
          modulePreload: false,
          cssCodeSplit: false,
          rollupOptions: {
            input: POPUP_ENTRY,
            output: {
              format: 'es',
              codeSplitting: false,
              entryFileNames: 'assets/popup-[hash].js',
              assetFileNames: 'assets/popup-[hash][extname]',
            },
          },
        },
      })) as Rollup.RollupOutput;
      const head: string[] = [];
      for (const file of built.output) {
        if (file.type === 'chunk')
          head.push(`<script type="module" src="/${file.fileName}"></script>`);
        else if (file.fileName.endsWith('.css'))
          head.push(`<link rel="stylesheet" href="/${file.fileName}">`);
      }
      for (const file of replaced) rmSync(join('dist', file));
      const htmlPath = join('dist', POPUP_HTML);
      const html = readFileSync(htmlPath, 'utf8').replace(tags, '');
      if (/<script|modulepreload|stylesheet/.test(html))
        throw new Error(`Unexpected tags in ${POPUP_HTML}.`);
      writeFileSync(htmlPath, html.replace('</head>', `  ${head.join('\n    ')}\n  </head>`));
    },
  };
}

export default defineConfig({
  plugins: [
    preact(),
    noHtmlStrings(),
    icons(),
    crx({ manifest }),
    onePagePopup(),
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
