/**
 * The custom elements manifest (custom-elements.json), read from the elements' JSDoc, and the VS
 * Code custom data made from it, so editors complete the tags, attributes, parts and properties.
 * Run by `npm run analyze` (part of `npm run build`).
 */
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

/**
 * The manifest describes the elements, as an app imports them. Modules that declare no element
 * (templates, formats, notes beside the elements) are left out. The elements are read from src/,
 * which the package does not ship: each module is given the file of the npm build that exports
 * its class.
 */
function shippedElements() {
  const shipped = (path) => (path.includes('/language-picker/') ? 'dist/language-picker.js' : 'dist/index.js');
  return {
    name: 'shipped-elements',
    packageLinkPhase({ customElementsManifest }) {
      const declaresElement = (module) => (module.declarations ?? []).some((declaration) => declaration.customElement);
      customElementsManifest.modules = customElementsManifest.modules.filter(declaresElement);
      for (const module of customElementsManifest.modules) {
        const path = shipped(module.path);
        for (const exported of module.exports ?? []) {
          if (exported.declaration?.module === module.path) exported.declaration.module = path;
        }
        module.path = path;
        for (const declaration of module.declarations) publicApiOnly(declaration);
      }
    },
  };
}

/**
 * An element's public API: private and protected members are the element's own business, and so
 * is an attribute that only a private field reads (Lit's internal state, such as the picker's
 * `open`). Editors (the VS Code data, made from this) and Storybook's controls offer what is left.
 */
function publicApiOnly(declaration) {
  const internal = (member) => member.privacy === 'private' || member.privacy === 'protected';
  const internalFields = new Set((declaration.members ?? []).filter(internal).map((member) => member.name));
  declaration.members = (declaration.members ?? []).filter((member) => !internal(member));
  declaration.attributes = (declaration.attributes ?? []).filter((attribute) => !internalFields.has(attribute.fieldName));
}

export default {
  globs: ['src/elements/*/*.ts'],
  exclude: ['src/elements/*/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    shippedElements(),
    customElementVsCodePlugin({
      outdir: '.',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
  ],
};
