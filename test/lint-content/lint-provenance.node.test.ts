/**
 * The content linter's rules on rebuilt parts (scripts/lint-content/rules/provenance.ts), called on
 * payloads made here: a translation that drops its original's provenance, an editor of rebuilt
 * parts with nothing rebuilt, and sources without the address or the day they were read.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding, LintContext } from '../../scripts/lint-content/lint.js';
import { provenanceWithoutAddress, rebuiltWithoutProvenance } from '../../scripts/lint-content/rules/provenance.js';

const context: LintContext = { today: '2026-03-01', maxReviewAgeDays: 1095 };

/** Findings as `path severity: message`, the way a line of the linter reads. */
const lines = (findings: Finding[]) => findings.map(({ path: at, severity, message }) => `${at} ${severity}: ${message}`);

const provenance = { sources: [{ name: 'a fact sheet', url: 'https://example.org/facts', read: '2026-01-05' }] };
const list = (extra: object = {}) => ({ type: 'list', items: [['One']], ...extra });
const paragraph = (extra: object = {}) => ({ type: 'paragraph', text: 'Some words.', ...extra });
const sections = (...blockLists: unknown[][]) => blockLists.map((blocks, index) => ({ id: `part-${'abc'[index]}`, title: 'Part', blocks }));

describe('the rule on rebuilt parts without a provenance', () => {
  /** The original, found beside the translation, with a rebuilt list and a rebuilt paragraph. */
  const original = { fileName: 'en.json', found: true as const, payload: { sections: sections([paragraph(), list({ provenance })], [paragraph({ provenance })]) } };
  const translated = (...blockLists: unknown[][]) => ({ translationOf: 'en', sections: sections(...blockLists) });
  const dropped = (kind: string) =>
    `This ${kind} was rebuilt (its provenance in en.json says from what) but has no provenance here, ` +
    'so readers would take it for part of the source article; copy the provenance, translating the names.';

  it('warns at each block of a translation whose original block of that type has a provenance it lacks, naming list or paragraph', () => {
    assert.deepEqual(lines(rebuiltWithoutProvenance(translated([paragraph(), list()], [paragraph()]), { ...context, original })), [
      `sections[0].blocks[1] warning: ${dropped('list')}`,
      `sections[1].blocks[0] warning: ${dropped('paragraph')}`,
    ]);
  });

  it('is quiet where the block keeps a provenance, its original has none, the types differ, or the original has no such block', () => {
    assert.deepEqual(rebuiltWithoutProvenance(translated([paragraph(), list({ provenance })], [paragraph({ provenance })]), { ...context, original }), []);
    // The original's first block is an unmarked paragraph; its second is a list, not a paragraph.
    assert.deepEqual(rebuiltWithoutProvenance(translated([paragraph({ provenance }), paragraph()]), { ...context, original }), []);
    // A third block, and a third section, the original does not have.
    assert.deepEqual(rebuiltWithoutProvenance(translated([paragraph(), list({ provenance }), list()], [paragraph({ provenance })], [list()]), { ...context, original }), []);
  });

  it('compares nothing for an original, a payload that is no translation, or an original not found', () => {
    const lost = translated([paragraph(), list()]);
    assert.deepEqual(rebuiltWithoutProvenance({ ...lost, translationOf: undefined }, { ...context, original }), []);
    assert.deepEqual(rebuiltWithoutProvenance({ ...lost, translationOf: 7 }, { ...context, original }), []);
    assert.deepEqual(rebuiltWithoutProvenance(lost, { ...context, original: { fileName: 'en.json', found: false } }), []);
    assert.deepEqual(rebuiltWithoutProvenance(lost, context), []);
  });

  it('warns at each editor named where no block has a provenance, by name or as someone', () => {
    const contributors = [{ name: 'Ana Ruiz', role: 'author' }, { name: 'Test Content Team', role: 'editor' }, { name: ' ', role: 'editor' }, { role: 'editor' }];
    const advice = 'but no block has a provenance saying which parts were rebuilt and from what; add one to each rebuilt list or paragraph.';
    assert.deepEqual(lines(rebuiltWithoutProvenance({ contributors, sections: sections([paragraph(), list()]) }, context)), [
      `contributors[1] warning: "Test Content Team" is named as the editor of rebuilt parts, ${advice}`,
      `contributors[2] warning: Someone is named as the editor of rebuilt parts, ${advice}`,
      `contributors[3] warning: Someone is named as the editor of rebuilt parts, ${advice}`,
    ]);
  });

  it('says nothing of the editor when a block has a provenance, or when a dropped one was named at its block', () => {
    const contributors = [{ name: 'Test Content Team', role: 'editor' }];
    assert.deepEqual(rebuiltWithoutProvenance({ contributors, sections: sections([list(), paragraph({ provenance })]) }, context), []);
    assert.deepEqual(lines(rebuiltWithoutProvenance({ ...translated([paragraph(), list()]), contributors }, { ...context, original })), [
      `sections[0].blocks[1] warning: ${dropped('list')}`,
    ]);
  });
});

describe('the rule on sources without an address or a day read', () => {
  const NEVER_GUESSED = 'Add them when they are known, never guessed.';
  const findings = (...sources: unknown[]) => lines(provenanceWithoutAddress({ sections: sections([list({ provenance: { sources } })]) }));
  const at = 'sections[0].blocks[0].provenance.sources warning';

  it('is quiet when each source has both, and on blocks without a provenance or sources', () => {
    assert.deepEqual(findings({ name: 'A', url: 'https://example.org/a', read: '2026-01-05' }, { name: 'B', url: 'https://example.org/b', read: '2026-01-06' }), []);
    assert.deepEqual(provenanceWithoutAddress({ sections: sections([list(), paragraph({ provenance: {} }), list({ provenance: { sources: 'none' } })]) }), []);
  });

  it('names the sources that lack both in one sentence, as one or as many', () => {
    assert.deepEqual(findings({ name: 'A' }), [`${at}: Not recorded for the sources of this list, "A": its address and the date it was read. ${NEVER_GUESSED}`]);
    assert.deepEqual(findings({ name: 'A', url: ' ', read: '' }, { name: 'B' }, { url: 'https://example.org/c', read: '2026-01-05' }), [
      `${at}: Not recorded for the sources of this list, "A" and "B": their addresses and the dates they were read. ${NEVER_GUESSED}`,
    ]);
    assert.deepEqual(lines(provenanceWithoutAddress({ sections: sections([paragraph({ provenance: { sources: [{ name: 7 }] } })]) })), [
      `${at}: Not recorded for the sources of this paragraph, "an unnamed source": its address and the date it was read. ${NEVER_GUESSED}`,
    ]);
  });

  it('names apart the sources without an address and those without the day read, when they differ', () => {
    assert.deepEqual(findings({ name: 'A', read: '2026-01-05' }), [`${at}: Not recorded for the sources of this list: the address of "A". ${NEVER_GUESSED}`]);
    assert.deepEqual(findings({ name: 'A', url: 'https://example.org/a' }), [`${at}: Not recorded for the sources of this list: the date "A" was read. ${NEVER_GUESSED}`]);
    assert.deepEqual(findings({ name: 'A', read: '2026-01-05' }, { name: 'B', url: 'https://example.org/b' }, { name: 'C', url: 'https://example.org/c' }), [
      `${at}: Not recorded for the sources of this list: the address of "A"; the date "B" and "C" were read. ${NEVER_GUESSED}`,
    ]);
    // The same names, though not in the same sets: "A" lacks both, "B" only its day.
    assert.deepEqual(findings({ name: 'A' }, { name: 'B', url: 'https://example.org/b' }), [
      `${at}: Not recorded for the sources of this list: the address of "A"; the date "A" and "B" were read. ${NEVER_GUESSED}`,
    ]);
  });

  it('warns at each block that needs it, in every section', () => {
    const payload = { sections: sections([list({ provenance: { sources: [{ name: 'A' }] } })], [paragraph(), paragraph({ provenance: { sources: [{ name: 'B' }] } })]) };
    assert.deepEqual(provenanceWithoutAddress(payload).map((finding) => finding.path), ['sections[0].blocks[0].provenance.sources', 'sections[1].blocks[1].provenance.sources']);
  });
});
