/**
 * Rebuilt parts: a list or paragraph that is not from the article's source says so, with a
 * `provenance` naming what it was rebuilt from. The linter cannot tell rebuilt text from source
 * text by reading it; it warns where the payload itself shows a part is rebuilt and unmarked, and
 * where what was read is not recorded.
 */
import { warningAt } from '../findings.js';
import { blocksOf, entries, field, hasText, sectionsOf, type Located } from '../payload.js';
import type { Finding, LintContext } from '../types.js';

const NEVER_GUESSED = 'Add them when they are known, never guessed.';

const hasProvenance = (block: Located) => field(block.value, 'provenance') !== undefined;
const kindOf = (block: Located) => (field(block.value, 'type') === 'paragraph' ? 'paragraph' : 'list');

/**
 * Warning: rebuilt content without a provenance. A translation's block whose original has one (a
 * translator dropped it), and an editor of rebuilt parts named in an article none of whose parts
 * says it was rebuilt.
 */
export function rebuiltWithoutProvenance(input: unknown, { original }: LintContext): Finding[] {
  const findings: Finding[] = [];
  if (typeof field(input, 'translationOf') === 'string' && original?.found) {
    const originalSections = sectionsOf(original.payload);
    sectionsOf(input).forEach((section, sectionIndex) => {
      const originalBlocks = originalSections[sectionIndex] ? blocksOf(originalSections[sectionIndex]) : [];
      blocksOf(section).forEach((block, blockIndex) => {
        const there = originalBlocks[blockIndex];
        if (!there || hasProvenance(block) || !hasProvenance(there) || field(there.value, 'type') !== field(block.value, 'type')) return;
        const why = 'so readers would take it for part of the source article; copy the provenance, translating the names';
        const said = `its provenance in ${original.fileName} says from what`;
        findings.push(warningAt(block.path, `This ${kindOf(block)} was rebuilt (${said}) but has no provenance here, ${why}.`));
      });
    });
  }
  // When a dropped provenance was named above, that block is where to fix it; the editor says no more.
  const anyRebuilt = sectionsOf(input).flatMap(blocksOf).some(hasProvenance);
  if (!anyRebuilt && findings.length === 0) {
    entries(field(input, 'contributors')).forEach((contributor, index) => {
      if (field(contributor, 'role') !== 'editor') return;
      const name = hasText(field(contributor, 'name')) ? `"${field(contributor, 'name')}"` : 'Someone';
      const advice = 'saying which parts were rebuilt and from what; add one to each rebuilt list or paragraph';
      findings.push(warningAt(`contributors[${index}]`, `${name} is named as the editor of rebuilt parts, but no block has a provenance ${advice}.`));
    });
  }
  return findings;
}

/** "a", "a" and "b", "a", "b" and "c", each quoted. */
function quotedList(names: string[]): string {
  return new Intl.ListFormat('en', { type: 'conjunction' }).format(names.map((name) => `"${name}"`));
}

/** Warning: a rebuilt part's sources without the address or the day they were read. */
export function provenanceWithoutAddress(input: unknown): Finding[] {
  return sectionsOf(input)
    .flatMap(blocksOf)
    .flatMap((block) => {
      const sources = entries(field(field(block.value, 'provenance'), 'sources'));
      const named = (source: unknown) => (hasText(field(source, 'name')) ? String(field(source, 'name')) : 'an unnamed source');
      const withoutAddress = sources.filter((source) => !hasText(field(source, 'url'))).map(named);
      const withoutDate = sources.filter((source) => !hasText(field(source, 'read'))).map(named);
      if (withoutAddress.length === 0 && withoutDate.length === 0) return [];
      const what = `the sources of this ${kindOf(block)}`;
      const at = `${block.path}.provenance.sources`;
      if (withoutAddress.join('\n') === withoutDate.join('\n')) {
        const theirs = withoutAddress.length === 1 ? 'its address and the date it was' : 'their addresses and the dates they were';
        return [warningAt(at, `Not recorded for ${what}, ${quotedList(withoutAddress)}: ${theirs} read. ${NEVER_GUESSED}`)];
      }
      const missing = [
        ...(withoutAddress.length > 0 ? [`the address of ${quotedList(withoutAddress)}`] : []),
        ...(withoutDate.length > 0 ? [`the date ${quotedList(withoutDate)} ${withoutDate.length === 1 ? 'was' : 'were'} read`] : []),
      ];
      return [warningAt(at, `Not recorded for ${what}: ${missing.join('; ')}. ${NEVER_GUESSED}`)];
    });
}
