import { readdir, readFile } from 'node:fs/promises';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

/**
 * Copies the content written by scripts/build-content.ts (payloads, figures and the topic index,
 * each named by its hash) to dist/topics/, which the elements download from.
 */
function publishTopics(): Plugin {
  const generated = new URL('./src/content/generated/topics/', import.meta.url);
  return {
    name: 'publish-topics',
    async generateBundle() {
      for (const fileName of await readdir(generated)) {
        this.emitFile({ type: 'asset', fileName: `topics/${fileName}`, source: await readFile(new URL(fileName, generated)) });
      }
    },
  };
}

/**
 * The script-tag build (`vite build`): dist/health-topic-elements.js registers the elements and
 * bundles Lit; the validator is a chunk loaded on demand, and the content is in dist/topics/. The
 * entry keeps a stable name; everything else carries a content hash so a CDN can cache it forever.
 */
const scriptTagBuild: UserConfig = {
  base: './',
  publicDir: false,
  plugins: [publishTopics()],
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
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
};

/**
 * The npm build (`vite build --mode npm`), beside it in dist/: index.js (classes and types, no side
 * effects) and define.js (registers the elements, importing index.js), with Lit and valibot left to
 * the app's bundler. The elements' code stays in index.js, so `topics/` is beside it.
 */
const npmBuild: UserConfig = {
  base: './',
  publicDir: false,
  plugins: [publishTopics()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    // Library mode: no preload helper in the output, which would clash with the app bundler's own.
    lib: { entry: { index: 'src/index.ts', define: 'src/define.ts' }, formats: ['es'] },
    rolldownOptions: {
      // The elements' code stays in index.js (define.js imports it), so topics/ is beside it.
      preserveEntrySignatures: 'allow-extension',
      external: [/^lit(\/|$)/, /^@lit\//, /^valibot$/],
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'lib/[name]-[hash].js',
      },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'npm' ? npmBuild : scriptTagBuild));
