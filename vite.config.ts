import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

/**
 * Minifies the HTML and CSS inside Lit's html`` and css`` templates, which a JavaScript minifier
 * leaves as written (comments, indentation). test/e2e/demo-page.test.ts checks the built widget
 * reads exactly like the source one.
 */
/**
 * Drops the translators' notes (`desc: '...'`) from the message definitions: lit-localize reads them
 * from the source when extracting; at run time they are dead weight.
 */
function dropTranslatorNotes(): Plugin {
  return {
    name: 'drop-translator-notes',
    transform(code, id) {
      if (!id.endsWith('/src/i18n/messages.ts')) return null;
      return { code: code.replace(/,\s*desc:\s*'(?:[^'\\]|\\.)*'/g, ''), map: null };
    },
  };
}

function minifyTemplates(): Plugin {
  return {
    name: 'minify-templates',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
      const minified = await minifyHTMLLiterals(code, { fileName: id });
      return minified ? { code: minified.code, map: minified.map } : null;
    },
  };
}

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
 * Writes dist/integrity.json: the Subresource Integrity hash of the script-tag entry, which the
 * snippet builder puts in the snippets it makes (`integrity="sha384-..."`).
 */
function integrityFile(): Plugin {
  return {
    name: 'integrity-file',
    // After writing: the hash must be of the bytes on disk, after every plugin has had its say.
    async writeBundle(options, bundle) {
      const hashes: Record<string, string> = {};
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !file.isEntry) continue;
        const bytes = await readFile(path.join(options.dir!, file.fileName));
        hashes[file.fileName] = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
      }
      await writeFile(path.join(options.dir!, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);
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
  plugins: [dropTranslatorNotes(), minifyTemplates(), publishTopics(), integrityFile()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    modulePreload: false,
    assetsInlineLimit: 0,
    rolldownOptions: {
      input: 'src/script-tag.ts',
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

/**
 * The demo site's own tools (`vite build --mode demo`): the snippet builder, in demo/build/. Not
 * part of the widget: hospital pages never load it.
 */
const demoToolsBuild: UserConfig = {
  base: './',
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'demo/build',
    emptyOutDir: true,
    modulePreload: false,
    rolldownOptions: {
      input: { 'snippet-builder': 'src/tools/snippet-builder/define.ts' },
      preserveEntrySignatures: false,
      output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'npm' ? npmBuild : mode === 'demo' ? demoToolsBuild : scriptTagBuild));
