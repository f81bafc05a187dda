import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.config.ts';

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
 * Removes Preact's one HTML-string path (the `innerHTML` write behind `dangerouslySetInnerHTML`)
 * from the bundle. AliKeep never turns strings into markup (src/static-safety.test.ts), and
 * addons.mozilla.org flags that write; a use of the prop would now throw instead of parsing HTML.
 * The build fails if a Preact update changes the code this expects.
 */
function noHtmlStrings(): Plugin {
  const preactModule = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(mjs|module\.js)$/;
  const write = /\b[A-Za-z_$][\w$]*\.innerHTML=[A-Za-z_$][\w$]*\.__html\b/g;
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
      const refuse = '(()=>{throw new Error("dangerouslySetInnerHTML is not supported")})()';
      return { code: code.replace(write, refuse), map: null };
    },
    generateBundle() {
      if (!patched) this.error('Preact was bundled without its innerHTML write removed.');
    },
  };
}

export default defineConfig({
  plugins: [preact(), noHtmlStrings(), icons(), crx({ manifest })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome116',
    sourcemap: false,
    rollupOptions: {
      // Pages the manifest does not name: the offscreen document the worker opens for blobs.
      input: {
        offscreen: 'src/offscreen/index.html',
        consent: 'src/consent/index.html',
        policy: 'src/consent/policy.html',
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    hmr: { port: 5173 },
  },
});
