import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Builds the React and Vue host apps used by test/e2e/framework-hosts.test.ts, with real React and
 * Vue from npm, bundling the library's npm build (dist/index.js, dist/define.js) as an app would.
 * Output: test/framework-hosts/dist/, served by the test runner.
 */
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/test/framework-hosts/dist/',
  publicDir: false,
  logLevel: 'warn',
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: { react: here('./react.html'), vue: here('./vue.html') } },
  },
});
