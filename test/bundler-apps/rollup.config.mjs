// What a Rollup app adds for the package: node-resolve for bare imports, as every Rollup app does,
// and import-meta-assets, which copies the files named by `new URL('…', import.meta.url)`.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { importMetaAssets } from '@web/rollup-plugin-import-meta-assets';

export default {
  input: 'src/main.js',
  output: { dir: process.env.APP_OUT_DIR, format: 'es' },
  plugins: [nodeResolve(), importMetaAssets()],
};
