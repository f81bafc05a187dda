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

export default defineConfig({
  plugins: [preact(), icons(), crx({ manifest })],
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
