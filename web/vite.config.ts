// Built by `npm run build` (= `vite build web`): this folder is Vite's root, the output goes to web/dist,
// which `rasad serve` serves at `/` with an SPA fallback. In development `vite web` proxies /api to a
// running `rasad serve` (RASAD_API, default http://127.0.0.1:3000).
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Fonts are small woff2 files; keep them as files (cacheable), never inlined into the JS.
    assetsInlineLimit: 0,
    reportCompressedSize: true,
  },
  server: {
    proxy: { '/api': process.env.RASAD_API ?? 'http://127.0.0.1:3000' },
  },
});
