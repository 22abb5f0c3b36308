import { defineConfig } from 'vite';

/**
 * The script-tag build: dist/health-topic-elements.js registers the elements; each topic payload,
 * the topic index and the validator are separate chunks loaded on demand. The entry keeps a stable
 * name; chunks and assets carry a content hash so a CDN can cache them forever.
 */
export default defineConfig({
  base: './',
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    modulePreload: false,
    assetsInlineLimit: 0,
    rolldownOptions: {
      input: 'src/define.ts',
      preserveEntrySignatures: false,
      output: {
        entryFileNames: 'health-topic-elements.js',
        // A payload's chunk is named after its topic and locale: chunks/myoclonus.en-<hash>.js.
        chunkFileNames: (chunk) => {
          const payload = chunk.facadeModuleId?.match(/content\/topics\/([^/]+)\/([^/]+)\.json$/);
          return payload ? `chunks/${payload[1]}.${payload[2]}-[hash].js` : 'chunks/[name]-[hash].js';
        },
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});
