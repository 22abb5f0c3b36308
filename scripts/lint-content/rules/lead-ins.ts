import { warningAt } from '../findings.js';
import { blocksOf, field, sectionsOf, wordsOf } from '../payload.js';
import type { Finding } from '../types.js';

/** Warning: the source article's own defect, a lead-in paragraph whose list was lost (the next block is not a list). */
export function danglingLeadIns(input: unknown): Finding[] {
  return sectionsOf(input).flatMap((section) => {
    const blocks = blocksOf(section);
    return blocks.flatMap((block, index) => {
      if (field(block.value, 'type') !== 'paragraph') return [];
      if (!wordsOf(field(block.value, 'text')).trimEnd().endsWith(':')) return [];
      if (field(blocks[index + 1]?.value, 'type') === 'list') return [];
      const cause = 'the list it introduces is missing, or the ":" should be a full stop';
      return [warningAt(`${block.path}.text`, `This paragraph ends in ":" but no list follows it; ${cause}.`)];
    });
  });
}
