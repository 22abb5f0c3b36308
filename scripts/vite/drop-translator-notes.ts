import type { Plugin } from 'vite';

/**
 * Drops the translators' notes (`desc: '...'`) from the message definitions: lit-localize reads them
 * from the source when extracting; at run time they are dead weight. It runs before the TypeScript
 * transform (`enforce: 'pre'`), on the source as written: the transform rewrites the quotes.
 */
export function dropTranslatorNotes(): Plugin {
  return {
    name: 'drop-translator-notes',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/src/i18n/messages.ts')) return null;
      return { code: code.replace(/,\s*desc:\s*'(?:[^'\\]|\\.)*'/g, ''), map: null };
    },
  };
}
