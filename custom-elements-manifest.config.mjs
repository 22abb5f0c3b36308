/**
 * The custom elements manifest (custom-elements.json), read from the elements' JSDoc, and the VS
 * Code custom data made from it, so editors complete the tags, attributes, parts and properties.
 * Run by `npm run analyze` (part of `npm run build`).
 */
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

export default {
  globs: ['src/elements/*/*.ts'],
  exclude: ['src/elements/*/*.styles.ts', 'src/elements/*/citation-format.ts', 'src/elements/*/events.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    customElementVsCodePlugin({
      outdir: '.',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
  ],
};
