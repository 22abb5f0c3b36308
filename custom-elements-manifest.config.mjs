/**
 * The custom elements manifest (custom-elements.json), read from the elements' JSDoc, and the VS
 * Code custom data made from it, so editors complete the tags, attributes, parts and properties.
 * Run by `npm run analyze` (part of `npm run build`).
 */
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

/**
 * The elements are read from src/, which the package does not ship: each module is given the
 * file of the npm build that exports its classes, which is what an app imports.
 */
function shippedPaths() {
  const shipped = (path) => (path.includes('/language-picker/') ? 'dist/language-picker.js' : 'dist/index.js');
  return {
    name: 'shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const path = shipped(module.path);
        for (const exported of module.exports ?? []) {
          if (exported.declaration?.module === module.path) exported.declaration.module = path;
        }
        module.path = path;
      }
    },
  };
}

export default {
  globs: ['src/elements/*/*.ts'],
  // Only the elements' classes: templates, formats, events and loaders are the elements' own business.
  exclude: ['src/elements/*/*.styles.ts', 'src/elements/*/*.template.ts', 'src/elements/*/citation-format.ts', 'src/elements/*/events.ts', 'src/elements/*/load-*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    shippedPaths(),
    customElementVsCodePlugin({
      outdir: '.',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
  ],
};
