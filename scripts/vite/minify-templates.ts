import { minifyHTMLLiterals } from 'minify-literals';
import type { Plugin, TransformResult } from 'vite';

/**
 * A template is a fragment whose neighbours are text: `<cite>${name}</cite>. ` must keep its last
 * space. Collapsing white space to one space, never to none, keeps every space a reader sees and
 * leaves the rest to HTML, which collapses it anyway. Unquoted attribute values win back the bytes.
 */
const HTML_OPTIONS = { conservativeCollapse: true, removeAttributeQuotes: true };

/**
 * Minifies the HTML and CSS inside Lit's html`` and css`` templates, which a JavaScript minifier
 * leaves as written (comments, indentation). test/content/fidelity.test.ts checks the built widget reads
 * exactly like the source one, character for character.
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'minify-templates',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
      const minified = await minifyHTMLLiterals(code, { fileName: id, minifyOptions: HTML_OPTIONS });
      // Its source map type is an older copy of the same v3 shape.
      return minified ? { code: minified.code, map: minified.map as Exclude<TransformResult, string | null | undefined | void>["map"] } : null;
    },
  };
}
