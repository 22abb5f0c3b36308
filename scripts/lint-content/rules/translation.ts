import { count, warningAt } from '../findings.js';
import { blocksOf, entries, field, sectionsOf, type Located } from '../payload.js';
import type { Finding, LintContext } from '../types.js';

/** Warning: a translation keeps its original's structure; the first difference is named with its path. */
export function translationDifferences(input: unknown, { original }: LintContext): Finding[] {
  const translationOf = field(input, 'translationOf');
  if (typeof translationOf !== 'string' || !original) return [];
  if (!original.found) {
    const missing = `there is no ${original.fileName} beside it to compare its structure with`;
    return [warningAt('translationOf', `This payload translates "${translationOf}", but ${missing}.`)];
  }
  const difference = firstStructureDifference(input, original.payload);
  if (!difference) return [];
  return [warningAt(difference.path, `${difference.message} in ${original.fileName}, the payload this one translates.`)];
}

/**
 * Where a translation first leaves its original's shape: sections, their ids and order, block
 * types, list lengths, summary paragraphs and references. The message ends "here but … " for the
 * caller to name the original.
 */
function firstStructureDifference(translation: unknown, original: unknown): { path: string; message: string } | undefined {
  const summaryHere = entries(field(translation, 'summary')).length;
  const summaryThere = entries(field(original, 'summary')).length;
  if (summaryHere !== summaryThere) {
    return { path: 'summary', message: `The summary has ${count(summaryHere, 'paragraph')} here but ${summaryThere}` };
  }
  const sectionsHere = sectionsOf(translation);
  const sectionsThere = sectionsOf(original);
  for (let index = 0; index < Math.min(sectionsHere.length, sectionsThere.length); index += 1) {
    const difference = firstSectionDifference(sectionsHere[index]!, sectionsThere[index]!, index);
    if (difference) return difference;
  }
  if (sectionsHere.length !== sectionsThere.length) {
    return { path: 'sections', message: `The article has ${count(sectionsHere.length, 'section')} here but ${sectionsThere.length}` };
  }
  const referencesHere = entries(field(translation, 'references')).length;
  const referencesThere = entries(field(original, 'references')).length;
  if (referencesHere !== referencesThere) {
    return { path: 'references', message: `The article has ${count(referencesHere, 'reference')} here but ${referencesThere}` };
  }
  return undefined;
}

function firstSectionDifference(here: Located, there: Located, index: number): { path: string; message: string } | undefined {
  const idHere = String(field(here.value, 'id'));
  const idThere = String(field(there.value, 'id'));
  if (idHere !== idThere) {
    return { path: `${here.path}.id`, message: `Section ${index + 1} has the id "${idHere}" here but "${idThere}"` };
  }
  const blocksHere = blocksOf(here);
  const blocksThere = blocksOf(there);
  for (let blockIndex = 0; blockIndex < Math.min(blocksHere.length, blocksThere.length); blockIndex += 1) {
    const blockHere = blocksHere[blockIndex]!;
    const typeHere = String(field(blockHere.value, 'type'));
    const typeThere = String(field(blocksThere[blockIndex]!.value, 'type'));
    if (typeHere !== typeThere) {
      const message = `Block ${blockIndex + 1} of section "${idHere}" is a ${typeHere} here but a ${typeThere}`;
      return { path: `${blockHere.path}.type`, message };
    }
    const itemsHere = entries(field(blockHere.value, 'items')).length;
    const itemsThere = entries(field(blocksThere[blockIndex]!.value, 'items')).length;
    if (typeHere === 'list' && itemsHere !== itemsThere) {
      return { path: `${blockHere.path}.items`, message: `This list has ${count(itemsHere, 'item')} here but ${itemsThere}` };
    }
  }
  if (blocksHere.length !== blocksThere.length) {
    const message = `Section "${idHere}" has ${count(blocksHere.length, 'block')} here but ${blocksThere.length}`;
    return { path: `${here.path}.blocks`, message };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Info: reading level.
