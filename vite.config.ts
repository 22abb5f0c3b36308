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
 * Writes dist/integrity.json: the Subresource Integrity hash of every script, the entry's name and
 * the chunks it imports, from which the snippet builder makes `<link rel="modulepreload"
 * integrity>` and `<script integrity>` tags, so every file the page runs first is checked.
 */
function integrityFile(): Plugin {
  return {
    name: 'integrity-file',
    // After writing: the hashes must be of the bytes on disk, after every plugin has had its say.
    async writeBundle(options, bundle) {
      const files: Record<string, string> = {};
      let entry = '';
      let preload: string[] = [];
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const bytes = await readFile(path.join(options.dir!, file.fileName));
        files[file.fileName] = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
        if (file.isEntry) {
          entry = file.fileName;
          preload = file.imports;
        }
      }
      const integrity = { entry, preload, files };
      await writeFile(path.join(options.dir!, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
    },
  };
}

/** Modules loaded on demand (`import()`), each kept in a chunk of its own, with what only it uses. */
const LAZY_MODULES = /\/src\/(content\/(validate|schema|code-lookup)|elements\/language-picker\/language-picker(\.styles)?|seo\/|i18n\/generated\/locales\/)|\/node_modules\/valibot\//;

/** What the elements need to show an article: Lit and the source, but for the entry and the lazy modules. */
function isEagerModule(id: string): boolean {
  return /\/(src|node_modules\/(lit|lit-html|lit-element|@lit))\//.test(id) && !id.endsWith('/src/script-tag.ts') && !LAZY_MODULES.test(id);
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
  // The catalog's code is in dist/chunks/, the articles in dist/topics/.
  define: { __HEALTH_TOPIC_TOPICS_FOLDER__: JSON.stringify('../topics/') },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // Library mode leaves out the module-preload helper an app build adds (the chunks need none).
    lib: { entry: 'src/script-tag.ts', formats: ['es'], fileName: () => 'health-topic-elements.js' },
    rolldownOptions: {
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        minify: true,
        // No bundler reads these files again: tree-shaking hints (/* @__PURE__ */) are dead bytes.
        comments: false,
        // Everything but the entry's few lines goes in chunks/elements-<hash>.js, which the lazy
        // chunks import too. So the entry stays tiny (a short cache is cheap), the elements are
        // cached for good, and a page loading the entry as ".js?v=2" does not run it twice.
        codeSplitting: {
          groups: [{ name: 'elements', test: (id: string) => isEagerModule(id), priority: 1 }],
        },
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
