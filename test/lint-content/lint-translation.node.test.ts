/** The content linter's translation rule (scripts/lint-content/rules/translation.ts): a translation keeps its original's structure. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Finding, LintContext } from '../../scripts/lint-content/lint.js';
import { translationDifferences } from '../../scripts/lint-content/rules/translation.js';

const root = path.resolve(import.meta.dirname, '../..');
const read = (locale: string) => JSON.parse(readFileSync(path.join(root, `test/fixtures/lint/clean/topics/pretend-condition/${locale}.json`), 'utf8'));
const original = read('en');
const translation = read('es');
const context: LintContext = { today: '2026-03-01', maxReviewAgeDays: 1095, original: { fileName: 'en.json', found: true, payload: original } };

/** The warning for the translation once `change` has been made to a copy of it, as `path: message`. */
function difference(change: (payload: any) => void, against: LintContext = context): string[] {
  const changed = structuredClone(translation);
  change(changed);
  return translationDifferences(changed, against).map((finding: Finding) => `${finding.path} ${finding.severity}: ${finding.message}`);
}

const SUFFIX = 'in en.json, the payload this one translates.';
const paragraph = { type: 'paragraph', text: 'Texto.' };

describe('a translation\'s structure', () => {
  it('may differ from its original in words only', () => {
    assert.deepEqual(difference(() => {}), []);
    assert.deepEqual(difference((payload) => (payload.sections[0].blocks[0].items[1] = 'Otra cosa')), []);
  });

  it('is compared paragraph count first', () => {
    assert.deepEqual(difference((payload) => payload.summary.push('Otro.')), [`summary warning: The summary has 2 paragraphs here but 1 ${SUFFIX}`]);
    assert.deepEqual(difference((payload) => (payload.summary = 'none')), [`summary warning: The summary has 0 paragraphs here but 1 ${SUFFIX}`]);
    assert.deepEqual(difference(() => {}, { ...context, original: { fileName: 'en.json', found: true, payload: { ...original, summary: [] } } }), [
      `summary warning: The summary has 1 paragraph here but 0 ${SUFFIX}`,
    ]);
  });

  it('is compared section by section: ids, block types and list lengths', () => {
    assert.deepEqual(difference((payload) => (payload.sections[1].id = 'tratamiento')), [
      `sections[1].id warning: Section 2 has the id "tratamiento" here but "treatment" ${SUFFIX}`,
    ]);
    assert.deepEqual(difference((payload) => (payload.sections[0].blocks[1] = paragraph)), [
      `sections[0].blocks[1].type warning: Block 2 of section "symptoms" is a paragraph here but a figure ${SUFFIX}`,
    ]);
    assert.deepEqual(difference((payload) => payload.sections[0].blocks[0].items.push('Fiebre')), [
      `sections[0].blocks[0].items warning: This list has 3 items here but 2 ${SUFFIX}`,
    ]);
    assert.deepEqual(difference((payload) => payload.sections[0].blocks[0].items.pop()), [
      `sections[0].blocks[0].items warning: This list has 1 item here but 2 ${SUFFIX}`,
    ]);
    assert.deepEqual(difference((payload) => payload.sections[1].blocks.push(paragraph)), [
      `sections[1].blocks warning: Section "treatment" has 2 blocks here but 1 ${SUFFIX}`,
    ]);
    assert.deepEqual(difference((payload) => (payload.sections[1].blocks = [])), [
      `sections[1].blocks warning: Section "treatment" has 0 blocks here but 1 ${SUFFIX}`,
    ]);
    assert.deepEqual(difference((payload) => payload.sections.pop()), [`sections warning: The article has 1 section here but 2 ${SUFFIX}`]);
    assert.deepEqual(difference((payload) => payload.sections.push(payload.sections[0])), [`sections warning: The article has 3 sections here but 2 ${SUFFIX}`]);
  });

  it('is compared by references last, and only the first difference is named', () => {
    assert.deepEqual(difference((payload) => payload.references.pop()), [`references warning: The article has 1 reference here but 2 ${SUFFIX}`]);
    assert.deepEqual(difference((payload) => payload.references.push({})), [`references warning: The article has 3 references here but 2 ${SUFFIX}`]);
    assert.deepEqual(difference((payload) => {
      payload.references.pop();
      payload.sections[1].blocks.push(paragraph);
      payload.sections[0].id = 'sintomas';
    }), [`sections[0].id warning: Section 1 has the id "sintomas" here but "symptoms" ${SUFFIX}`]);
  });

  it('needs its original beside it, and is not compared for a payload that is no translation', () => {
    assert.deepEqual(difference(() => {}, { ...context, original: { fileName: 'en.json', found: false } }), [
      'translationOf warning: This payload translates "en", but there is no en.json beside it to compare its structure with.',
    ]);
    assert.deepEqual(difference((payload) => delete payload.translationOf), []);
    assert.deepEqual(difference((payload) => {
      payload.translationOf = 5;
      payload.sections.pop();
    }), []);
    assert.deepEqual(difference((payload) => payload.sections.pop(), { ...context, original: undefined }), []);
  });
});
