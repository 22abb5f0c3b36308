/**
 * Direction controls (U+202A-U+202E, U+2066-U+2069) in text a reader sees: one right-to-left
 * override in a name reverses the rest of its line. The content schema and the published JSON
 * Schema refuse them; the widget also isolates names (test/elements/health-topic/direction-controls.test.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { article, changed, problems, refusedByPublished } from '../support/schema-checks.js';

/** The characters that override or embed a direction (U+202A-U+202E) or isolate one (U+2066-U+2069). */
const DIRECTION_CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
const NO_CONTROLS = 'Must not hold control characters or broken Unicode.';

/** Plain-text fields a reader sees, each given `text`. */
const TEXT_FIELDS: [path: string, pointer: string, set: (payload: any, text: string) => void][] = [
  ['title', '/title', (payload, text) => (payload.title = text)],
  ['sections[6].blocks[0].provenance.sources[0].name', '/sections/6/blocks/0/provenance/sources/0/name', (payload, text) => (payload.sections[6].blocks[0].provenance.sources[0].name = text)],
  ['contributors[0].name', '/contributors/0/name', (payload, text) => (payload.contributors[0].name = text)],
  ['contributors[0].credentials', '/contributors/0/credentials', (payload, text) => (payload.contributors[0].credentials = text)],
  ['references[0].title', '/references/0/title', (payload, text) => (payload.references[0].title = text)],
  ['references[0].authors[0].family', '/references/0/authors/0/family', (payload, text) => (payload.references[0].authors[0].family = text)],
  ['source.publisher', '/source/publisher', (payload, text) => (payload.source.publisher = text)],
];

describe('direction controls in text', () => {
  it('the real article has the fields these checks change', () => {
    assert.ok(article.sections[6].blocks[0].provenance.sources[0].name);
    assert.ok(article.references[0].authors[0].family && article.source.publisher);
  });

  it('the content schema refuses a direction override or isolate in text a reader sees', () => {
    for (const [field, , set] of TEXT_FIELDS) {
      for (const control of DIRECTION_CONTROLS) {
        const code = control.codePointAt(0)!.toString(16);
        assert.deepEqual(problems(changed((payload) => set(payload, `MSD Manual${control} and more`))), [`${field}: ${NO_CONTROLS}`], `${field} U+${code}`);
      }
    }
    // A run of a rich text too.
    assert.deepEqual(problems(changed((payload) => (payload.summary[0] = [{ type: 'text', text: 'Jerks \u202Eesrever' }]))), [`summary[0][0].text: ${NO_CONTROLS}`]);
  });

  it('the published JSON Schema refuses them at the same places', () => {
    for (const [field, pointer, set] of TEXT_FIELDS) {
      for (const control of ['\u202E', '\u2067']) {
        // A block is one of several kinds (anyOf): Ajv also names the block and its type when none fits.
        const refused = refusedByPublished(changed((payload) => set(payload, `MSD Manual${control} and more`)));
        assert.ok(refused.includes(pointer), `${field}: ${refused.join(', ')}`);
      }
    }
  });

  it('keeps the marks that only set a direction where it is unclear (U+200E, U+200F, U+061C), which right-to-left text needs', () => {
    for (const mark of ['\u200E', '\u200F', '\u061C']) {
      assert.deepEqual(problems(changed((payload) => (payload.contributors[0].name = `Dr. ${mark}Ahmad`))), []);
      assert.deepEqual(refusedByPublished(changed((payload) => (payload.contributors[0].name = `Dr. ${mark}Ahmad`))), []);
    }
  });
});
