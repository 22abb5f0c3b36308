/** Section ids are deep links (`#myoclonus-symptoms`): they must stay (the schema checks each is unique). */
import { warningAt } from '../findings.js';
import { deepLink, field, sectionsOf } from '../payload.js';
import type { Finding } from '../types.js';

/** Ids a CMS or an export makes up: `section-1`, `s2`, `part-3`, `42`, hash-like strings. */
const POSITIONAL_ID = /^(?:(?:section|sec|s|part|p|chapter|heading|h)-?\d+|\d+|(?=[a-f]*\d)[0-9a-f]{8,})$/;

/** Warning: hospitals link to sections by id, so an id must name the section, not its position. */
export function unstableSectionIds(input: unknown): Finding[] {
  return sectionsOf(input).flatMap((section) => {
    const id = field(section.value, 'id');
    if (typeof id !== 'string' || !(POSITIONAL_ID.test(id) || id.toLowerCase().includes('untitled'))) return [];
    const advice = 'so use words that name the section, such as "symptoms", and keep them once published';
    const why = `hospital pages deep-link to sections (${deepLink(input, id)})`;
    return [warningAt(`${section.path}.id`, `Section id "${id}" looks positional or generated; ${why}, ${advice}.`)];
  });
}
