import { misplacedFields } from '../../../src/content/published.js';
import { errorAt } from '../findings.js';
import { field } from '../payload.js';
import type { Finding, LintContext } from '../types.js';

/** Error: a payload's id is its folder's name and its locale its file's, or the content build stops. */
export function placeFindings(input: unknown, { expected }: LintContext): Finding[] {
  if (!expected) return [];
  const id = field(input, 'id');
  const locale = field(input, 'locale');
  return misplacedFields({ id, locale }, expected).map((misplaced) =>
    misplaced === 'id'
      ? errorAt('id', `The topic id is "${id}" but its folder is "${expected.topic}"; they must match or the build stops.`)
      : errorAt('locale', `The locale is "${locale}" but the file is "${expected.locale}.json"; they must match or the build stops.`),
  );
}
