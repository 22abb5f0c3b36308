import { defineConfig, type UserConfig } from 'vite';
import { dropTranslatorNotes } from './scripts/vite/drop-translator-notes.js';
import { contentFileTable } from './scripts/vite/content-file-table.js';
import { chunkIntegrity } from './scripts/vite/chunk-integrity.js';
import { fragmentKey } from './scripts/vite/fragment-key.js';
import { integrityFile } from './scripts/vite/integrity-file.js';
import { chunkFileName, firstPaintGroup, keepRegistration, latestAsCopy } from './scripts/vite/entry-group.js';
import { minifyTemplates } from './scripts/vite/minify-templates.js';
import { publishTopics } from './scripts/vite/publish-topics.js';

const SCRIPT_TAG_ENTRY = 'src/script-tag.ts';

/**
 * The script-tag build (`vite build`): dist/health-topic-elements.<hash>.js holds everything the
 * first paint runs (the elements and Lit) in one file, so one Subresource Integrity hash on the
 * script tag covers it, and its name changes with its bytes, so builds deploy beside each other.
 * dist/health-topic-elements.js, the entry, is "latest": a copy of it (see latestAsCopy). What loads on demand
 * (the validator, the language picker, the Spanish words, the JSON-LD, the code lookup) is in
 * dist/chunks/, named by hash too; the content is in dist/topics/.
 */
const scriptTagBuild: UserConfig = {
  base: './',
  publicDir: false,
  plugins: [keepRegistration(), dropTranslatorNotes(), minifyTemplates(), publishTopics(), chunkIntegrity(), latestAsCopy(), fragmentKey(), integrityFile()],
  define: {
    // The catalog's code is in the entry, at dist/'s top, beside dist/topics/.
    __HEALTH_TOPIC_TOPICS_FOLDER__: JSON.stringify('topics/'),
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // Library mode leaves out the module-preload helper an app build adds (the chunks need none).
    lib: { entry: SCRIPT_TAG_ENTRY, formats: ['es'], fileName: () => 'health-topic-elements.js' },
    rolldownOptions: {
      output: {
        chunkFileNames: chunkFileName,
        codeSplitting: { groups: [firstPaintGroup] },
        minify: true,
        // No bundler reads these files again: tree-shaking hints (/* @__PURE__ */) are dead bytes.
        comments: false,
      },
    },
  },
};

/**
 * The npm build (`vite build --mode npm`), beside it in dist/: index.js (classes and types, no side
 * effects), define.js (registers the elements, importing index.js), and validate.js and
 * language-picker.js, which index.js loads on demand and apps may import themselves; code they
 * share in lib/. Lit and valibot are left to the app's bundler. The content files are found through
 * dist/content-files.js (see scripts/vite/content-file-table.ts).
 */
const npmBuild: UserConfig = {
  base: './',
  publicDir: false,
  plugins: [publishTopics(), contentFileTable()],
  // Content files are found through dist/content-files.js, which the app's bundler rewrites; the
  // script-tag build's folder is unset, so its branches are left out of the package.
  define: { __HEALTH_TOPIC_CONTENT_FILE_TABLE__: 'true', __HEALTH_TOPIC_TOPICS_FOLDER__: 'undefined' },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    // Library mode: no preload helper in the output, which would clash with the app bundler's own.
    lib: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        validate: 'src/content/validate.ts',
        'language-picker': 'src/elements/language-picker/language-picker.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      // Each entry exports exactly its API; code the entries share goes to lib/, under its own names.
      preserveEntrySignatures: 'strict',
      external: [/^lit(\/|$)/, /^@lit\//, /^valibot$/],
      output: {
        entryFileNames: '[name].js',
        // The chunk of the elements themselves, which every entry shares, is named after them.
        chunkFileNames: (chunk) => (chunk.name === 'src' ? 'lib/elements-[hash].js' : 'lib/[name]-[hash].js'),
        minifyInternalExports: false,
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
      input: { 'snippet-builder': 'apps/snippet-builder/define.ts' },
      preserveEntrySignatures: false,
      output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'npm' ? npmBuild : mode === 'demo' ? demoToolsBuild : scriptTagBuild));
